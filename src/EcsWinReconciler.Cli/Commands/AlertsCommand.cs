using System.CommandLine;
using EcsWinReconciler.Cli.Alerts;
using EcsWinReconciler.Cli.Hosting;
using EcsWinReconciler.Cli.Output;
using EcsWinReconciler.Cli.Output.Views;
using EcsWinReconciler.Cli.Places;
using EcsWinReconciler.Core.Alerting;
using EcsWinReconciler.Core.Common;

namespace EcsWinReconciler.Cli.Commands;

/// <summary>
/// <c>ewr alerts [--open] [--excepted] [--account A] [--task-region R]</c>: alerts by root cause, open ones first, oldest first, in every
/// place the hub watches; or what exceptions let pass.
/// </summary>
internal static class AlertsCommand
{
    public static Command Create(CommandWiring wiring)
    {
        var open = new Option<bool>("--open") { Description = "Only open alerts." };
        var excepted = new Option<bool>("--excepted") { Description = "Instead of alerts, the findings exceptions keep from alerting (one row per root, from the tasks' statuses)." };
        var places = new PlaceOptions("alerts about tasks");
        var command = new Command("alerts", "List alerts (one per root cause): state, severity, age, check, resource, affected tasks.") { open, excepted };
        places.AddTo(command);
        wiring.Bind(command, CommandShape.OnAws(StackResources.Specs | StackResources.State, [.. CommandShape.AllFormats]), (context, parse, ct) =>
            parse.GetValue(excepted) ? ExceptedAsync(context, places.Read(parse), ct) : RunAsync(context, parse.GetValue(open), places.Read(parse), ct));
        wiring.Examples(command,
            "ewr alerts --open",
            "ewr alerts --excepted      # what exceptions let pass, and until when",
            "ewr alerts -o wide          # with each alert's key",
            "ewr alerts --account 444455556666 --task-region eu-west-1   # one member's",
            "ewr alerts -o json | jq -r '.[] | select(.state == \"open\") | .key'");
        return command;
    }

    private static async Task<int> ExceptedAsync(CommandContext context, PlaceFilter filter, CancellationToken cancellationToken)
    {
        var statuses = new List<Core.Reconciliation.TaskNetworkStatus>();
        foreach (var place in await WatchedPlaces.StoredAsync(context.Backend, filter, cancellationToken).ConfigureAwait(false))
        {
            var listed = await place.State.Status.ListAsync(null, null, cancellationToken).ConfigureAwait(false);
            statuses.AddRange(listed.Where(s => AccountRegion.OfArn(s.TaskArn) is { } p ? filter.Matches(p) : filter.IsAny));
        }

        var excepted = ExceptedFinding.From(statuses);
        if (context.WantsData)
        {
            context.WriteData<IReadOnlyList<ExceptedView>>([.. excepted.Select(ExceptedView.From)], CliJson.Default.IReadOnlyListExceptedView);
        }
        else if (excepted.Count == 0)
        {
            context.Host.Error.WriteLine("no excepted findings");
        }
        else
        {
            context.Write(ExceptedTable.Of(excepted));
        }

        return ExitCodes.Ok;
    }

    private static async Task<int> RunAsync(CommandContext context, bool openOnly, PlaceFilter filter, CancellationToken cancellationToken)
    {
        var now = context.Host.Time.GetUtcNow();
        var listed = new List<AlertRecord>();
        foreach (var place in await WatchedPlaces.StoredAsync(context.Backend, filter, cancellationToken).ConfigureAwait(false))
        {
            var alertsThere = await place.State.Alerts.ListAsync(openOnly, cancellationToken).ConfigureAwait(false);
            listed.AddRange(alertsThere.Where(a => PlaceColumn.Of(a) is { } p ? filter.Matches(p) : filter.IsAny));
        }

        // Open first, then the most severe, the oldest; places interleave (the ACCOUNT/REGION column tells them apart).
        var alerts = listed
            .OrderBy(a => a.State == AlertState.Open ? 0 : 1)
            .ThenByDescending(a => a.Severity)
            .ThenBy(a => a.OpenedAt)
            .ThenBy(a => a.Key, StringComparer.Ordinal)
            .ToList();
        if (context.WantsData)
        {
            context.WriteData<IReadOnlyList<AlertView>>([.. alerts.Select(a => AlertViewMapper.ToView(a, now))], CliJson.Default.IReadOnlyListAlertView);
        }
        else if (alerts.Count == 0)
        {
            context.Host.Error.WriteLine((openOnly ? "no open alerts" : "no alerts") + (filter.IsAny ? string.Empty : $" in {filter}"));
        }
        else
        {
            context.Write(AlertTable.Of(alerts, now));
        }

        return ExitCodes.Ok;
    }
}
