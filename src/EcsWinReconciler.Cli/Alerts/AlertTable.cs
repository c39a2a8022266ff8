using System.Globalization;
using EcsWinReconciler.Cli.Output;
using EcsWinReconciler.Cli.Status;
using EcsWinReconciler.Core.Alerting;
using Spectre.Console;

namespace EcsWinReconciler.Cli.Alerts;

/// <summary>The 'ewr alerts' table: one row per root cause, with how long it has been open and how many tasks it affects.</summary>
internal static class AlertTable
{
    public static Table Of(IEnumerable<AlertRecord> alerts, DateTimeOffset now)
    {
        var table = Tables.Create(["STATE", "SEVERITY", "AGE", "CHECK", "RESOURCE", "TASKS", "SPEC", "MESSAGE"], "MESSAGE");
        foreach (var alert in alerts)
        {
            table.AddRow(
                new Markup(State(alert, now)), new Markup(StatusTable.Severity(alert.Severity)), new Text(Age.Format(now - alert.OpenedAt)),
                new Text(alert.Check), new Text(alert.ResourceId), new Text(alert.AffectedTasks.Count.ToString(CultureInfo.InvariantCulture)),
                new Text(alert.SpecName), new Text(alert.Message));
        }

        return table;
    }

    private static string State(AlertRecord alert, DateTimeOffset now) => alert.State == AlertState.Open
        ? "[red]open[/]"
        : $"[green]resolved[/] {(alert.ResolvedAt is { } at ? $"{Age.Format(now - at)} ago" : string.Empty)}";
}
