using System.CommandLine;
using EcsWinReconciler.Cli.Hosting;
using EcsWinReconciler.Cli.Output;
using EcsWinReconciler.Cli.Output.Views;
using EcsWinReconciler.Cli.Places;
using EcsWinReconciler.Cli.Status;

namespace EcsWinReconciler.Cli.Commands;

/// <summary>
/// <c>ewr status [--cluster C] [--family F] [--account A] [--task-region R]</c>: what the reconciler last concluded about each task,
/// in every place the hub watches (its own account and region first, then each its specs select).
/// </summary>
internal static class StatusCommand
{
    public static Command Create(CommandWiring wiring)
    {
        var cluster = new Option<string?>("--cluster") { Description = "Only tasks of this cluster (name or ARN).", HelpName = "CLUSTER" };
        var family = new Option<string?>("--family") { Description = "Only tasks of this task-definition family.", HelpName = "FAMILY" };
        var places = new PlaceOptions("tasks");
        var command = new Command("status", "Show each task's network status: conditions, judgement, open findings, and the spec generation it was judged at.")
        {
            cluster,
            family,
        };
        places.AddTo(command);
        wiring.Bind(command, CommandShape.OnAws(StackResources.Specs | StackResources.State, [.. CommandShape.AllFormats]),
            (context, parse, ct) => RunAsync(context, parse.GetValue(cluster), parse.GetValue(family), places.Read(parse), ct));
        wiring.Examples(command,
            "ewr status --cluster win-prod",
            "ewr status --cluster win-prod --family iis-webserver -o wide",
            "ewr status --account 444455556666 --task-region eu-west-1   # one member's tasks",
            "ewr status -o json | jq '.[] | select(.findings | length > 0) | .taskId'");
        return command;
    }

    private static async Task<int> RunAsync(CommandContext context, string? cluster, string? family, PlaceFilter filter, CancellationToken cancellationToken)
    {
        var rows = new List<StatusRow>();
        foreach (var place in await WatchedPlaces.StoredAsync(context.Backend, filter, cancellationToken).ConfigureAwait(false))
        {
            var listed = await new StatusQuery(place.State.Status, place.State.Specs).ListAsync(cluster, family, cancellationToken).ConfigureAwait(false);
            rows.AddRange(listed.Where(r => r.Place is { } p ? filter.Matches(p) : filter.IsAny));
        }

        if (context.WantsData)
        {
            context.WriteData<IReadOnlyList<StatusView>>([.. rows.Select(StatusViewMapper.ToView)], CliJson.Default.IReadOnlyListStatusView);
        }
        else if (rows.Count == 0)
        {
            context.Host.Error.WriteLine($"no task status stored{(cluster is null ? string.Empty : $" for cluster {cluster}")}{(family is null ? string.Empty : $", family {family}")}" +
                $"{(filter.IsAny ? string.Empty : $" in {filter}")}; " +
                $"run 'ewr reconcile --cluster {cluster ?? "CLUSTER"}' or wait for the reconciler's next run");
        }
        else
        {
            StatusTable.Write(context, rows);
        }

        return ExitCodes.Ok;
    }
}
