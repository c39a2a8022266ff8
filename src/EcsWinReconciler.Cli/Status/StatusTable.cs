using System.Globalization;
using EcsWinReconciler.Cli.Output;
using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Networking;
using EcsWinReconciler.Core.Reconciliation;
using Spectre.Console;

namespace EcsWinReconciler.Cli.Status;

/// <summary>
/// The 'ewr status' tables: one row per task with its three conditions, the judgement and the generation it was
/// judged at (marked stale when the spec has moved on); then one row per open finding with what was done about it.
/// The cluster column appears only when the tasks span several clusters.
/// </summary>
internal static class StatusTable
{
    public static void Write(IAnsiConsole console, IReadOnlyCollection<StatusRow> rows)
    {
        console.Write(Tasks(rows));
        var findings = rows.SelectMany(r => r.Status.Findings.Select(f => (r.Status.TaskArn, Finding: f))).ToList();
        if (findings.Count > 0)
        {
            var table = Tables.Create(["TASK", "SEVERITY", "FINDING", "HANDLING"], "HANDLING");
            foreach (var (task, finding) in findings)
            {
                table.AddRow(new Text(AwsIds.TaskId(task)), new Markup(Severity(finding.Severity)), new Text(finding.Id), new Text(finding.Decision.Describe()));
            }

            console.WriteLine();
            console.Write(table);
        }

        console.WriteLine();
        console.WriteLine(Footer(rows));
    }

    public static Table Tasks(IReadOnlyCollection<StatusRow> rows)
    {
        var clusters = rows.Select(r => AwsIds.ClusterName(r.Status.ClusterArn)).Distinct(StringComparer.Ordinal).Count() > 1;
        string[] headers = ["TASK", .. clusters ? ["CLUSTER"] : Array.Empty<string>(), "FAMILY", "SPEC", "GEN", "STATUS", "JUDGEMENT", "ENI", "SG", "DNS", "FINDINGS"];
        var table = Tables.Create(headers, "JUDGEMENT");
        foreach (var row in rows)
        {
            var s = row.Status;
            table.AddRow([
                Plain(AwsIds.TaskId(s.TaskArn)), .. clusters ? [Plain(AwsIds.ClusterName(s.ClusterArn))] : Array.Empty<Text>(),
                Plain(s.Family), Plain(s.SpecName ?? "-"), new Markup(Generation(row)), Plain(s.LastStatus), Plain(Judgement(s)),
                new Markup(Condition(row.Condition(StatusCondition.EniReady))),
                new Markup(Condition(row.Condition(StatusCondition.SecurityGroupsCompliant))),
                new Markup(Condition(row.Condition(StatusCondition.DnsCompliant))),
                Plain(s.Findings.Count.ToString(CultureInfo.InvariantCulture)),
            ]);
        }

        return table;
    }

    public static string Footer(IReadOnlyCollection<StatusRow> rows)
    {
        var withFindings = rows.Count(r => !r.Status.Findings.IsEmpty);
        var stale = rows.Count(r => r.Stale);
        return $"{rows.Count} task(s), {withFindings} with findings, {stale} stale";
    }

    public static string Severity(Severity severity) => severity switch
    {
        Core.Drift.Severity.Critical => "[bold red]critical[/]",
        Core.Drift.Severity.High => "[red]high[/]",
        Core.Drift.Severity.Medium => "[yellow]medium[/]",
        _ => "[grey]low[/]",
    };

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
}
