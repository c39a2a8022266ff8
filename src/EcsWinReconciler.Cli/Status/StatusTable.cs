using System.Globalization;
using EcsWinReconciler.Cli.Hosting;
using EcsWinReconciler.Cli.Output;
using EcsWinReconciler.Cli.Output.Tables;
using EcsWinReconciler.Cli.Places;
using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Networking;
using EcsWinReconciler.Core.Reconciliation;

namespace EcsWinReconciler.Cli.Status;

/// <summary>
/// The 'ewr status' tables: one row per task with its three conditions, the judgement and the generation it was
/// judged at (marked stale when the spec has moved on); then one row per open finding with what was done about it.
/// The cluster column appears only when the tasks span several clusters, the account/region column only when they span several places. On a narrow terminal the spec, generation,
/// judgement and conditions give way, in that order (a note names them); the reason a task was not judged moves under it.
/// </summary>
internal static class StatusTable
{
    public static void Write(CommandContext context, IReadOnlyCollection<StatusRow> rows)
    {
        context.Write(Tasks(rows));
        var findings = rows.SelectMany(r => r.Status.Findings.Select(f => (r.Status.TaskArn, f))).ToList();
        if (findings.Count > 0)
        {
            context.Host.Out.Write('\n');
            context.Write(FindingsTable.Of(findings, preview: false));
        }

        context.Host.Out.Write($"\n{Footer(rows)}\n");
    }

    public static TableData Tasks(IReadOnlyCollection<StatusRow> rows)
    {
        var clusters = rows.Select(r => AwsIds.ClusterName(r.Status.ClusterArn)).Distinct(StringComparer.Ordinal).Count() > 1;
        var places = PlaceColumn.Needed(rows.Select(r => r.Place));
        var table = new TableData([
            Column.Key("TASK"), .. PlaceColumn.For(places, 1), clusters ? Column.Hide("CLUSTER", 5) : Column.Wide("CLUSTER"), Column.Key("FAMILY"), Column.Hide("SPEC", 9),
            Column.Hide("GEN", 8), Column.Key("STATUS"), Column.Hide("JUDGEMENT", 6), Column.Hide("ENI", 4), Column.Hide("SG", 2), Column.Hide("DNS", 3),
            Column.Key("FINDINGS"), Column.Detail("REASON", 10), Column.Wide("TASK ARN"),
        ]);
        foreach (var row in rows)
        {
            var s = row.Status;
            table.Add([
                AwsIds.TaskId(s.TaskArn), .. PlaceColumn.Cell(places, row.Place), AwsIds.ClusterName(s.ClusterArn), s.Family, s.SpecName ?? "-", Generation(row), s.LastStatus,
                StatusViewMapper.Word(s.Judgement.ToString()),
                Condition(row.Condition(StatusCondition.EniReady)), Condition(row.Condition(StatusCondition.SecurityGroupsCompliant)),
                Condition(row.Condition(StatusCondition.DnsCompliant)), s.Findings.Count.ToString(CultureInfo.InvariantCulture),
                s.Judgement == JudgementKind.Judged ? string.Empty : s.Reason, s.TaskArn]);
        }

        return table;
    }

    public static string Footer(IReadOnlyCollection<StatusRow> rows)
    {
        var withFindings = rows.Count(r => !r.Status.Findings.IsEmpty);
        var stale = rows.Count(r => r.Stale);
        return $"{rows.Count} task(s), {withFindings} with findings, {stale} stale";
    }

    private static Cell Generation(StatusRow row) => row switch
    {
        { Status.SpecName: null } => "-",
        { SpecGone: true } => new Cell($"{row.Status.ObservedGeneration} (spec deleted)", CellStyle.Dim),
        { Stale: true } => new Cell($"{row.Status.ObservedGeneration}/{row.SpecGeneration} stale", CellStyle.Yellow),
        _ => row.Status.ObservedGeneration.ToString(CultureInfo.InvariantCulture),
    };

    private static Cell Condition(StatusCondition? condition) => condition?.Status switch
    {
        ConditionStatus.True => new Cell("True", CellStyle.Green),
        ConditionStatus.False => new Cell("False", CellStyle.Red),
        ConditionStatus.Unknown => new Cell("Unknown", CellStyle.Dim),
        _ => "-",
    };
}
