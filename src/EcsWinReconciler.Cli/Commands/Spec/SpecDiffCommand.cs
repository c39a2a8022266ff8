using System.CommandLine;
using EcsWinReconciler.Cli.Hosting;
using EcsWinReconciler.Cli.Output;
using EcsWinReconciler.Cli.Output.Views;
using EcsWinReconciler.Cli.Specs;

namespace EcsWinReconciler.Cli.Commands.Spec;

/// <summary><c>ewr spec diff -f FILE|DIR</c>: what apply would change, as a unified diff; exit 1 when anything differs (as diff(1) and kubectl diff).</summary>
internal static class SpecDiffCommand
{
    public static Command Create(CommandWiring wiring)
    {
        var files = SpecFileOption.Create();
        var command = new Command("diff", "Show how specs differ from what is stored (canonical JSON, unified diff). Exit 1 when they differ.") { files };
        wiring.Examples(command, "ewr spec diff -f specs/", "ewr spec diff -f iis-webserver.yaml || echo 'apply would change it'");
        wiring.Bind(command, CommandShape.OnAws(StackResources.Specs, CommandShape.Table, CommandShape.Json, CommandShape.Yaml), (context, parse, ct) => RunAsync(context, parse.GetValue(files)!, ct));
        return command;
    }

    private static async Task<int> RunAsync(CommandContext context, string[] files, CancellationToken cancellationToken)
    {
        var output = new SpecOutput(context);
        var input = SpecInput.Read(files, context.Host.Files, context.Host.In, Exceptions.ExceptionLimits.ReadOptions(context.Host));
        if (!input.IsValid)
        {
            return output.Invalid(input.Errors, input.Specs, "nothing was compared");
        }

        var plan = await new SpecApplier(context.Backend.Ports.Specs).PlanAsync(input, cancellationToken).ConfigureAwait(false);
        if (!plan.CanApply)
        {
            return output.Invalid(plan.Errors, input.Specs, "apply would refuse these specs");
        }

        if (context.WantsData)
        {
            context.WriteData(new ApplyView(true, true, [.. plan.Changes.Select(c => SpecOutput.View(c, null))], []), CliJson.Default.ApplyView);
        }
        else if (plan.HasDifferences)
        {
            output.Diffs(plan.Changes);
        }
        else
        {
            context.Host.Error.WriteLine($"no differences: {SpecOutput.Count(plan.Changes.Count, "spec")} as stored");
        }

        return plan.HasDifferences ? ExitCodes.Findings : ExitCodes.Ok;
    }
}
