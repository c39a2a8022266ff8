using EcsWinReconciler.Cli.Output.Tables;
using EcsWinReconciler.Core.Networking;
using EcsWinReconciler.Core.Reconciliation;

namespace EcsWinReconciler.Cli.Output;

/// <summary>
/// One row per finding with what was done about it, as <c>status</c>, <c>reconcile</c> and the demo print it. The
/// finding id and the handling move under the row on a narrow terminal; the alert key shows with <c>-o wide</c>.
/// </summary>
internal static class FindingsTable
{
    /// <param name="findings">Each finding with the task it is of.</param>
    /// <param name="preview">A read-only run: the handling says what a real run would do.</param>
    public static TableData Of(IEnumerable<(string TaskArn, FindingRecord Finding)> findings, bool preview)
    {
        var table = new TableData([
            Column.Key("TASK"), Column.Key("SEVERITY"), Column.Detail("FINDING", 1), Column.Detail("HANDLING", 2), Column.Wide("ALERT"),
        ]);
        foreach (var (task, finding) in findings)
        {
            table.Add(AwsIds.TaskId(task), Severities.Cell(finding.Severity), finding.Id, finding.Decision.Describe(preview), finding.AlertKey ?? "-");
        }

        return table;
    }
}
