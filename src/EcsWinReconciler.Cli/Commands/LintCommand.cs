using System.CommandLine;
using EcsWinReconciler.Cli.Hosting;
using EcsWinReconciler.Cli.Lint;
using EcsWinReconciler.Cli.Output;
using EcsWinReconciler.Cli.Output.Views;
using EcsWinReconciler.Core.Linting;
using EcsWinReconciler.Cli.Specs;
using Spectre.Console;

namespace EcsWinReconciler.Cli.Commands;

/// <summary>
/// <c>ewr lint TASKDEF.json</c>: Windows + awsvpc pitfalls in a task definition (a RegisterTaskDefinition input or
/// 'aws ecs describe-task-definition' output); exit 1 on errors. <c>--rules</c> lists every rule. No AWS needed.
/// </summary>
internal static class LintCommand
{
    public static Command Create(CommandWiring wiring)
    {
        var file = new Argument<string?>("TASKDEF.json") { Description = "The task definition as JSON (- for stdin).", Arity = ArgumentArity.ZeroOrOne };
        var rules = new Option<bool>("--rules") { Description = "List every rule (id, severity, title) instead of linting." };
        var command = new Command("lint", "Lint an ECS task definition for Windows and awsvpc pitfalls. Exit 1 when any error is found.") { file, rules };
        wiring.Bind(command, CommandShape.Local([.. CommandShape.AllFormats]), (context, parse, _) => Task.FromResult(Run(context, parse.GetValue(file), parse.GetValue(rules))));
        wiring.Examples(command,
            "ewr lint taskdef.json",
            "aws ecs describe-task-definition --task-definition iis-webserver | ewr lint -",
            "ewr lint --rules");
        return command;
    }

    private static int Run(CommandContext context, string? file, bool listRules)
    {
        if (listRules)
        {
            return ListRules(context);
        }

        if (file is null)
        {
            throw new CliException("no task definition given", "pass a file: 'ewr lint taskdef.json' (or - for stdin); 'ewr lint --rules' lists the rules");
        }

        var findings = TaskDefinitionLinter.Lint(ReadText(context.Host, file));
        var view = LintOutput.View(file, findings);
        if (context.WantsData)
        {
            context.WriteData(view, CliJson.Default.LintView);
        }
        else
        {
            if (findings.Count > 0)
            {
                context.Write(LintOutput.Findings(file == "-" ? "<stdin>" : file, findings));
            }

            context.Out.WriteLine(LintOutput.Summary(view));
        }

        return view.Errors > 0 ? ExitCodes.Findings : ExitCodes.Ok;
    }

    private static int ListRules(CommandContext context)
    {
        if (context.WantsData)
        {
            context.WriteData<IReadOnlyList<LintRuleView>>([.. TaskDefinitionLinter.Rules.Select(LintOutput.View)], CliJson.Default.IReadOnlyListLintRuleView);
        }
        else
        {
            context.Write(LintOutput.Rules(TaskDefinitionLinter.Rules));
        }

        return ExitCodes.Ok;
    }

    private static string ReadText(CliHost host, string file)
    {
        if (file == "-")
        {
            return host.In.ReadToEnd();
        }

        const string Hint = "give one task definition file ('aws ecs describe-task-definition --task-definition FAMILY > taskdef.json' writes one)";
        return host.Files.KindOf(file) switch
        {
            InputPathKind.Directory => throw new CliException($"{file} is a directory; ewr lint reads one task definition file", Hint),
            InputPathKind.Missing => throw new CliException($"{file}: no such file", Hint),
            _ => InputFiles.Read(host.Files, file, Hint),
        };
    }
}
