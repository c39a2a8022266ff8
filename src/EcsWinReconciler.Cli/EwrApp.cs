using System.CommandLine;
using System.CommandLine.Invocation;
using EcsWinReconciler.Cli.Commands;
using EcsWinReconciler.Cli.Commands.Spec;
using EcsWinReconciler.Cli.Hosting;

namespace EcsWinReconciler.Cli;

/// <summary>
/// The <c>ewr</c> command tree and its entry point. <see cref="RunAsync"/> is what the process runs and what tests
/// call in-process with their own <see cref="CliHost"/>.
/// </summary>
public static class EwrApp
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, CliHost host, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(host);
        var root = Build(host);
        var parse = root.Parse(args);
        if (parse.Action is ParseErrorAction)
        {
            foreach (var error in parse.Errors)
            {
                host.Error.WriteLine($"error: {error.Message}");
            }

            host.Error.WriteLine($"hint: see '{CommandPath(parse.CommandResult.Command)} --help'");
            return ExitCodes.Usage;
        }

        var invocation = new InvocationConfiguration { Output = host.Out, Error = host.Error, EnableDefaultExceptionHandler = false };
        return await parse.InvokeAsync(invocation, cancellationToken).ConfigureAwait(false);
    }

    internal static RootCommand Build(CliHost host)
    {
        var common = new CommonOptions();
        var wiring = new CommandWiring(host, common);
        var root = new RootCommand("ewr: declare the network of Windows ECS tasks (awsvpc), see their status and alerts, reconcile now, lint task definitions.");
        foreach (var option in common.All)
        {
            root.Add(option);
        }

        root.Add(SpecCommand.Create(wiring));
        root.Add(StatusCommand.Create(wiring));
        root.Add(AlertsCommand.Create(wiring));
        root.Add(ReconcileCommand.Create(wiring));
        root.Add(LintCommand.Create(wiring));
        root.Add(InvokeCommand.Create(wiring));
        root.Add(DemoCommand.Create(wiring));
        root.Add(IamPolicy.IamPolicyCommand.Create(wiring));
        return root;
    }

    private static string CommandPath(Command command)
    {
        var names = new List<string>();
        for (Symbol? symbol = command; symbol is Command c; symbol = c.Parents.FirstOrDefault())
        {
            names.Insert(0, c is RootCommand ? "ewr" : c.Name);
        }

        return string.Join(' ', names);
    }
}
