using System.CommandLine;
using EcsWinReconciler.Cli.Hosting;
using EcsWinReconciler.Cli.Output;
using EcsWinReconciler.Cli.Output.Views;
using Spectre.Console;

namespace EcsWinReconciler.Cli.Commands.Spec;

/// <summary>
/// <c>ewr spec delete NAME</c>: removes the spec at the generation just read, so a concurrent change is reported
/// instead of deleted unseen. Its tasks are no longer judged (unless a cluster default spec selects them).
/// </summary>
internal static class SpecDeleteCommand
{
    public static Command Create(CommandWiring wiring)
    {
        var name = new Argument<string>("NAME") { Description = "The spec's metadata.name." };
        var command = new Command("delete", "Delete a stored spec; the tasks it selected are no longer judged (a cluster default spec may take them over).") { name };
        wiring.Examples(command, "ewr spec delete iis-webserver");
        wiring.Bind(command, CommandShape.OnAws(StackResources.Specs, CommandShape.Table, CommandShape.Json, CommandShape.Yaml), (context, parse, ct) => RunAsync(context, parse.GetValue(name)!, ct));
        return command;
    }

    private static async Task<int> RunAsync(CommandContext context, string name, CancellationToken cancellationToken)
    {
        var specs = context.Backend.Ports.Specs;
        var stored = await specs.GetAsync(name, cancellationToken).ConfigureAwait(false) ?? throw SpecGetCommand.NotFound(name);
        var deleted = await specs.DeleteAsync(name, stored.Generation, cancellationToken).ConfigureAwait(false);
        if (!deleted)
        {
            var now = await specs.GetAsync(name, cancellationToken).ConfigureAwait(false);
            throw now is null
                ? new CliException($"spec \"{name}\" was deleted by someone else meanwhile", "nothing left to do", ExitCodes.Findings)
                : new CliException($"spec \"{name}\" changed (generation {stored.Generation} → {now.Generation}) while it was being deleted; it was kept",
                    $"look at it ('ewr spec get {name} -o yaml') and delete again if it should still go", ExitCodes.Findings);
        }

        if (context.WantsData)
        {
            context.WriteData(new DeleteView(name, stored.Generation, "deleted"), CliJson.Default.DeleteView);
        }
        else
        {
            context.Out.WriteLine($"spec/{name} deleted (was generation {stored.Generation}); the tasks it selected are no longer judged");
        }

        return ExitCodes.Ok;
    }
}
