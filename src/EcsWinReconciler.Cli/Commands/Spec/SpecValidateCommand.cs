using System.CommandLine;
using EcsWinReconciler.Cli.Hosting;
using EcsWinReconciler.Cli.Output;
using EcsWinReconciler.Cli.Output.Views;
using EcsWinReconciler.Cli.Specs;
using Spectre.Console;

namespace EcsWinReconciler.Cli.Commands.Spec;

/// <summary><c>ewr spec validate -f FILE|DIR</c>: every error at once, no AWS needed (for editors, pre-commit hooks and CI).</summary>
internal static class SpecValidateCommand
{
    public static Command Create(CommandWiring wiring)
    {
        var files = SpecFileOption.Create();
        var command = new Command("validate", "Check specs without AWS: every error with file:line:column and path. Exit 2 when any is invalid.") { files };
        wiring.Examples(command, "ewr spec validate -f specs/", "ewr spec validate -f iis-webserver.yaml -o json");
        wiring.Bind(command, CommandShape.Local(CommandShape.Table, CommandShape.Json, CommandShape.Yaml), (context, parse, _) => Task.FromResult(Run(context, parse.GetValue(files)!)));
        return command;
    }

    private static int Run(CommandContext context, string[] files)
    {
        var input = SpecInput.Read(files, context.Host.Files, context.Host.In, Exceptions.ExceptionLimits.ReadOptions(context.Host));
        if (!input.IsValid)
        {
            return new SpecOutput(context).Invalid(input.Errors, input.Specs, "fix them before applying");
        }

        if (context.WantsData)
        {
            context.WriteData(new ValidationView(true, [.. input.Specs.Select(SpecRefView.From)], []), CliJson.Default.ValidationView);
            return ExitCodes.Ok;
        }

        foreach (var spec in input.Specs)
        {
            context.Out.MarkupLine($"{Markup.Escape(SpecSources.Describe(spec))}: spec/{Markup.Escape(spec.Spec.Name)} ({Markup.Escape(spec.Spec.Spec.Selector.ToString())}) [green]valid[/]");
        }

        context.Out.WriteLine($"{SpecOutput.Count(input.Specs.Count, "spec")} valid");
        return ExitCodes.Ok;
    }
}
