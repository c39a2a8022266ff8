using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using EcsWinReconciler.Cli.Commands;
using EcsWinReconciler.Cli.Commands.Spec;
using EcsWinReconciler.Cli.Hosting;

namespace EcsWinReconciler.Cli;

/// <summary>
/// The <c>ewr</c> command tree and its entry point. <see cref="RunAsync"/> is what the process runs and what tests
/// call in-process with their own <see cref="CliHost"/>. <c>ewr</c> alone, and a command group alone
/// (<c>ewr spec</c>), print their help; <c>ewr help COMMAND…</c> is <c>ewr COMMAND… --help</c>.
/// </summary>
public static class EwrApp
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, CliHost host, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(host);
        var root = Build(host);
        var parse = root.Parse(args);
        if (parse.Action is ParseErrorAction && root.Parse(ArgumentOrder.CommandFirst(args, root)) is { Action: not ParseErrorAction } reordered)
        {
            parse = reordered;
        }

        if (parse.Action is ParseErrorAction)
        {
            return UsageErrors.Report(parse, host.Error, args, Output.TerminalWidth.For(host.ErrorIsTerminal, host.Environment, host.TerminalWidth));
        }

        var invocation = new InvocationConfiguration { Output = host.Out, Error = host.Error, EnableDefaultExceptionHandler = false };
        return await parse.InvokeAsync(invocation, cancellationToken).ConfigureAwait(false);
    }

    internal static RootCommand Build(CliHost host)
    {
        var common = new CommonOptions();
        var wiring = new CommandWiring(host, common);
        var root = new RootCommand("ewr: declare the network of Windows ECS tasks (awsvpc), see their status and alerts, reconcile now, lint task definitions.");
        foreach (var option in common.Global)
        {
            root.Add(option);
        }

        root.Add(SpecCommand.Create(wiring));
        root.Add(Commands.Except.ExceptCommand.Create(wiring));
        root.Add(StatusCommand.Create(wiring));
        root.Add(AlertsCommand.Create(wiring));
        root.Add(ReconcileCommand.Create(wiring));
        root.Add(ExplainCommand.Create(wiring));
        root.Add(LintCommand.Create(wiring));
        root.Add(InvokeCommand.Create(wiring));
        root.Add(SetupCommand.Create(wiring));
        root.Add(DemoCommand.Create(wiring));
        root.Add(CompletionCommand.Create(wiring));
        root.Add(IamPolicy.IamPolicyCommand.Create(wiring));
        root.Add(HelpCommand(root));
        wiring.Examples(root,
            "ewr demo --keep-running          # a local AWS account with drift, then the exports to point ewr at it",
            "ewr spec apply -f specs/         # declare the network of your task families",
            "ewr status --cluster win-prod    # what the reconciler last saw, task by task",
            "ewr alerts --open                # one alert per root cause",
            "ewr help spec apply              # the help of one command");

        ShowHelpWhenBare(root);
        var help = root.Options.OfType<HelpOption>().Single();
        help.Action = new ExamplesHelpAction((HelpAction)help.Action!, wiring.AllExamples, Output.TerminalWidth.For(host.OutIsTerminal, host.Environment, host.TerminalWidth));
        return root;
    }

    /// <summary>The words of a command as typed, e.g. <c>ewr spec apply</c>.</summary>
    internal static string CommandPath(Command command)
    {
        var names = new List<string>();
        for (Symbol? symbol = command; symbol is Command c; symbol = c.Parents.FirstOrDefault())
        {
            names.Insert(0, c is RootCommand ? "ewr" : c.Name);
        }

        return string.Join(' ', names);
    }

    private static Command HelpCommand(RootCommand root)
    {
        var words = new Argument<string[]>("COMMAND") { Description = "The command to explain, e.g. 'spec apply'.", Arity = ArgumentArity.ZeroOrMore };
        var command = new Command("help", "Show the help of ewr or of one of its commands.") { words };
        command.SetAction(parse => root.Parse([.. parse.GetValue(words) ?? [], "--help"]).Invoke(parse.InvocationConfiguration));
        return command;
    }

    // 'ewr' and 'ewr spec' have nothing to do on their own: their help says what they hold.
    private static void ShowHelpWhenBare(Command command)
    {
        if (command.Subcommands.Count > 0 && command.Action is null)
        {
            command.SetAction(parse =>
            {
                var path = CommandPath(command).Split(' ').Skip(1);
                return ((RootCommand)parse.RootCommandResult.Command).Parse([.. path, "--help"]).Invoke(parse.InvocationConfiguration);
            });
        }

        foreach (var child in command.Subcommands)
        {
            ShowHelpWhenBare(child);
        }
    }
}
