using System.CommandLine;
using EcsWinReconciler.Cli.Hosting;
using EcsWinReconciler.Cli.Output;
using EcsWinReconciler.Cli.Output.Views;
using EcsWinReconciler.Cli.Specs;
using EcsWinReconciler.Core.Ports;

namespace EcsWinReconciler.Cli.Commands.Spec;

/// <summary><c>ewr spec apply -f FILE|DIR [--dry-run]</c>: validate, show the diff, store with the generation bumped.</summary>
internal static class SpecApplyCommand
{
    public static Command Create(CommandWiring wiring)
    {
        var files = SpecFileOption.Create();
        var dryRun = new Option<bool>("--dry-run") { Description = "Validate and show the diff; store nothing." };
        var command = new Command("apply", "Validate specs, show how they differ from what is stored, and store them (each change bumps the spec's generation).")
        {
            files,
            dryRun,
        };
        wiring.Examples(command,
            "ewr spec apply -f specs/ --dry-run",
            "ewr spec apply -f iis-webserver.yaml",
            "ewr spec get iis-webserver -o yaml | ewr spec apply -f -");
        wiring.Bind(command, CommandShape.OnAws(StackResources.Specs, CommandShape.Table, CommandShape.Json, CommandShape.Yaml), (context, parse, ct) => RunAsync(context, parse.GetValue(files)!, parse.GetValue(dryRun), ct));
        return command;
    }

    private static async Task<int> RunAsync(CommandContext context, string[] files, bool dryRun, CancellationToken cancellationToken)
    {
        var output = new SpecOutput(context);
        var input = SpecInput.Read(files, context.Host.Files, context.Host.In, Exceptions.ExceptionLimits.ReadOptions(context.Host));
        if (!input.IsValid)
        {
            return output.Invalid(input.Errors, input.Specs, "nothing was stored");
        }

        var applier = new SpecApplier(context.Backend.Ports.Specs);
        var plan = await applier.PlanAsync(input, cancellationToken).ConfigureAwait(false);
        if (!plan.CanApply)
        {
            return output.Invalid(plan.Errors, input.Specs, "nothing was stored");
        }

        if (dryRun)
        {
            return Report(context, output, plan.Changes.Select(c => (c, (SpecApplyResult?)null)).ToList(), dryRun: true);
        }

        var applied = await applier.ApplyAsync(plan, cancellationToken).ConfigureAwait(false);
        var exit = Report(context, output, applied.Select(a => (a.Change, (SpecApplyResult?)a.Result)).ToList(), dryRun: false);
        if (exit != ExitCodes.Ok)
        {
            ErrorReporter.Line(context.Host.Error, "hint: ", "another apply changed a spec after it was read; run 'ewr spec diff -f …' to see the new difference, then apply again", context.ErrorWidth);
        }

        return exit;
    }

    private static int Report(CommandContext context, SpecOutput output, List<(SpecChange Change, SpecApplyResult? Result)> results, bool dryRun)
    {
        if (context.WantsData)
        {
            context.WriteData(new ApplyView(dryRun, true, [.. results.Select(r => SpecOutput.View(r.Change, r.Result))], []), CliJson.Default.ApplyView);
        }
        else
        {
            output.Diffs(results.Select(r => r.Change));
            foreach (var (change, result) in results)
            {
                if (result is null)
                {
                    output.Planned(change);
                }
                else
                {
                    output.Applied(new SpecApplied(change, result));
                }
            }
        }

        return results.Any(r => r.Result?.Outcome == SpecApplyOutcome.Conflict) ? ExitCodes.Findings : ExitCodes.Ok;
    }
}
