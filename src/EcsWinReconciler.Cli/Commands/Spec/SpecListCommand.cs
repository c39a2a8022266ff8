using System.CommandLine;
using EcsWinReconciler.Cli.Hosting;
using EcsWinReconciler.Cli.Output;
using EcsWinReconciler.Cli.Output.Views;

namespace EcsWinReconciler.Cli.Commands.Spec;

/// <summary><c>ewr spec list</c>: every stored spec with its selector and generation.</summary>
internal static class SpecListCommand
{
    public static Command Create(CommandWiring wiring)
    {
        var command = new Command("list", "List the stored specs: name, selector (cluster/family), generation.");
        wiring.Bind(command, CommandShape.OnAws(StackResources.Specs, [.. CommandShape.AllFormats]), RunAsync);
        wiring.Examples(command, "ewr spec list", "ewr spec list -o json | jq -r '.[].name'");
        return command;
    }

    private static async Task<int> RunAsync(CommandContext context, ParseResult parse, CancellationToken cancellationToken)
    {
        var specs = await context.Backend.Ports.Specs.ListAsync(cancellationToken).ConfigureAwait(false);
        if (context.WantsData)
        {
            context.WriteData<IReadOnlyList<SpecSummaryView>>([.. specs.Select(SpecSummaryView.From)], CliJson.Default.IReadOnlyListSpecSummaryView);
        }
        else if (specs.Count == 0)
        {
            context.Host.Error.WriteLine("no specs stored; 'ewr spec apply -f FILE|DIR' stores them");
        }
        else
        {
            context.Write(SpecTable.Of(specs));
        }

        return ExitCodes.Ok;
    }
}
