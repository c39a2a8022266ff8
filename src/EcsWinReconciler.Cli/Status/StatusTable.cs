using System.Globalization;
using EcsWinReconciler.Cli.Output;
using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Networking;
using EcsWinReconciler.Core.Reconciliation;
using Spectre.Console;

namespace EcsWinReconciler.Cli.Status;

/// <summary>
/// The 'ewr status' table: one row per task with its three conditions, the judgement, the generation it was judged
/// at (marked stale when the spec has moved on) and its open findings, one per line.
/// </summary>
internal static class StatusTable
{
    public static Table Of(IEnumerable<StatusRow> rows)
    {
        var table = Tables.Create("TASK", "CLUSTER", "FAMILY", "SPEC", "GEN", "STATUS", "JUDGEMENT", "ENI", "SG", "DNS", "FINDINGS");
        foreach (var row in rows)
        {
            var s = row.Status;
            table.AddRow(
                Plain(AwsIds.TaskId(s.TaskArn)), Plain(AwsIds.ClusterName(s.ClusterArn)), Plain(s.Family), Plain(s.SpecName ?? "-"),
                new Markup(Generation(row)), Plain(s.LastStatus), Plain(Judgement(s)),
                new Markup(Condition(row.Condition(StatusCondition.EniReady))),
                new Markup(Condition(row.Condition(StatusCondition.SecurityGroupsCompliant))),
                new Markup(Condition(row.Condition(StatusCondition.DnsCompliant))),
                new Markup(Findings(s.Findings)));
        }

        return table;
    }

    public static string Footer(IReadOnlyCollection<StatusRow> rows)
    {
        var withFindings = rows.Count(r => !r.Status.Findings.IsEmpty);
        var stale = rows.Count(r => r.Stale);
        return $"{rows.Count} task(s), {withFindings} with findings, {stale} stale";
    }

    private static Text Plain(string text) => new(text);

    private static string Generation(StatusRow row) => row switch
    {
        { Status.SpecName: null } => "-",
        { SpecGone: true } => $"{row.Status.ObservedGeneration} [grey](spec deleted)[/]",
        { Stale: true } => $"[yellow]{row.Status.ObservedGeneration}/{row.SpecGeneration} stale[/]",
        _ => row.Status.ObservedGeneration.ToString(CultureInfo.InvariantCulture),
    };

    private static string Judgement(TaskNetworkStatus status) =>
        status.Judgement == JudgementKind.Judged ? "judged" : $"{StatusViewMapper.Word(status.Judgement.ToString())}: {status.Reason}";

    private static string Condition(StatusCondition? condition) => condition?.Status switch
    {
        ConditionStatus.True => "[green]True[/]",
        ConditionStatus.False => "[red]False[/]",
        ConditionStatus.Unknown => "[grey]Unknown[/]",
        _ => "-",
    };

    private static string Findings(IEnumerable<FindingRecord> findings)
    {
        var lines = findings.Select(f => $"{Severity(f.Severity)} {Markup.Escape(f.Id)}: {Markup.Escape(f.Handling)}").ToList();
        return lines.Count == 0 ? "-" : string.Join('\n', lines);
    }

    public static string Severity(Severity severity) => severity switch
    {
        Core.Drift.Severity.Critical => "[bold red]critical[/]",
        Core.Drift.Severity.High => "[red]high[/]",
        Core.Drift.Severity.Medium => "[yellow]medium[/]",
        _ => "[grey]low[/]",
    };
}
