using System.Globalization;
using EcsWinReconciler.Cli.Output;
using EcsWinReconciler.Cli.Output.Tables;
using EcsWinReconciler.Cli.Places;
using EcsWinReconciler.Core.Alerting;

namespace EcsWinReconciler.Cli.Alerts;

/// <summary>
/// The 'ewr alerts' table: one row per root cause, with how long it has been open and how many tasks it affects, and first,
/// when they span several, the account and region of its tasks.
/// On a narrow terminal the message, then the resource, move under the row and the spec gives way; the key (long:
/// it holds a service ARN) shows with <c>-o wide</c>.
/// </summary>
internal static class AlertTable
{
    public static TableData Of(IEnumerable<AlertRecord> alerts, DateTimeOffset now)
    {
        var rows = alerts.ToList();
        var places = PlaceColumn.Needed(rows.Select(PlaceColumn.Of));
        var table = new TableData([
            .. PlaceColumn.For(places, 3), Column.Key("STATE"), Column.Key("SEVERITY"), Column.Key("AGE"), Column.Key("CHECK"), Column.Detail("RESOURCE", 4), Column.Key("TASKS"),
            Column.Hide("SPEC", 5), Column.Detail("MESSAGE", 9), Column.Wide("KEY"),
        ]);
        foreach (var alert in rows)
        {
            table.Add([
                .. PlaceColumn.Cell(places, PlaceColumn.Of(alert)), State(alert, now), Severities.Cell(alert.Severity), Age.Format(now - alert.OpenedAt), alert.Check, alert.ResourceId,
                alert.AffectedTasks.Count.ToString(CultureInfo.InvariantCulture), alert.SpecName, alert.Message, alert.Key]);
        }

        return table;
    }

    /// <summary>An alert closed by an exception says so ("excepted"), not "resolved": its drift is still there.</summary>
    private static Cell State(AlertRecord alert, DateTimeOffset now)
    {
        var ago = alert.ResolvedAt is { } at ? $" {Age.Format(now - at)} ago" : string.Empty;
        return alert.State == AlertState.Open ? new("open", CellStyle.Red)
            : alert.Resolution?.Kind == ResolutionKind.Excepted ? new($"excepted{ago}", CellStyle.Yellow)
            : new($"resolved{ago}", CellStyle.Green);
    }
}
