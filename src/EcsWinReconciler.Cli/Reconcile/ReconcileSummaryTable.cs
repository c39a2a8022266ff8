using System.Globalization;
using EcsWinReconciler.Cli.Output;
using EcsWinReconciler.Cli.Output.Views;
using EcsWinReconciler.Cli.Status;
using EcsWinReconciler.Core.Networking;
using EcsWinReconciler.Core.Reconciliation;
using Spectre.Console;

namespace EcsWinReconciler.Cli.Reconcile;

/// <summary>The run summary for people: the counters, then each finding with what was done, then the failures.</summary>
internal static class ReconcileSummaryTable
{
    public static void Write(IAnsiConsole console, ReconcileView view, RunSummary summary)
    {
        var counts = Tables.Create(["SEEN", "JUDGED", "SKIPPED", "FINDINGS", "APPLIED", "DRY-RUN", "ALERTS OPENED", "ALERTS RESOLVED", "FAILED"]);
        counts.Row(N(view.Seen), N(view.Judged), N(view.Skipped.Values.Sum()), N(view.Findings), N(view.ActionsApplied), N(view.ActionsDryRun),
            N(view.AlertsOpened), N(view.AlertsResolved), N(view.Failures.Count));
        console.Write(counts);

        foreach (var (reason, count) in view.Skipped)
        {
            console.WriteLine($"skipped {count}: {reason}");
        }

        var records = summary.Tasks.SelectMany(t => t.Findings.Select(f => (t.TaskArn, Finding: f))).ToList();
        if (records.Count > 0)
        {
            var findings = Tables.Create(["TASK", "SEVERITY", "FINDING", "HANDLING"], "HANDLING");
            foreach (var (task, finding) in records)
            {
                findings.AddRow(new Text(AwsIds.TaskId(task)), new Markup(StatusTable.Severity(finding.Severity)), new Text(finding.Id), new Text(finding.Decision.Describe(summary.ReadOnly)));
            }

            console.WriteLine();
            console.Write(findings);
        }

        foreach (var failure in view.Failures)
        {
            console.MarkupLine($"[red]failed[/] {Markup.Escape(AwsIds.TaskId(failure.TaskArn))}: {Markup.Escape(failure.Error)}");
        }

        foreach (var undelivered in view.Undelivered)
        {
            console.MarkupLine($"[yellow]alert {Markup.Escape(undelivered.Transition)} but not notified[/] ({Markup.Escape(undelivered.AlertKey)}): {Markup.Escape(undelivered.Error)}; a later run retries it");
        }

        // A dry run writes and sends nothing: its alert counts are what a real run would have done.
        var dryRun = view.DryRun ? " (dry run: nothing was changed, written or sent)" : string.Empty;
        console.MarkupLine(view.DriftRemains ? $"[yellow]drift remains[/]{dryRun}" : $"[green]no drift remains[/]{dryRun}");
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
