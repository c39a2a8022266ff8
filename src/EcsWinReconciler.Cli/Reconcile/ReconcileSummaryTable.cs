using System.Globalization;
using EcsWinReconciler.Cli.Hosting;
using EcsWinReconciler.Cli.Output;
using EcsWinReconciler.Cli.Output.Tables;
using EcsWinReconciler.Cli.Output.Views;
using EcsWinReconciler.Core.Networking;
using EcsWinReconciler.Core.Reconciliation;
using Spectre.Console;

namespace EcsWinReconciler.Cli.Reconcile;

/// <summary>The run summary for people: the counters, then each finding with what was done, then the failures.</summary>
internal static class ReconcileSummaryTable
{
    public static void Write(CommandContext context, ReconcileView view, RunSummary summary)
    {
        context.Write(Counts(view));
        var console = context.Out;
        foreach (var (reason, count) in view.Skipped)
        {
            console.WriteLine($"skipped {count}: {reason}");
        }

        var records = summary.Tasks.SelectMany(t => t.Findings.Select(f => (t.TaskArn, f))).ToList();
        if (records.Count > 0)
        {
            console.WriteLine();
            context.Write(FindingsTable.Of(records, summary.ReadOnly));
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

    /// <summary>The counters; on a narrow terminal the skipped count gives way first (each skip reason is printed under the table anyway).</summary>
    public static TableData Counts(ReconcileView view)
    {
        var table = new TableData([
            Column.Key("SEEN"), Column.Key("JUDGED"), Column.Hide("SKIPPED", 9), Column.Key("FINDINGS"), Column.Key("APPLIED"), Column.Hide("DRY-RUN", 8),
            Column.Key("ALERTS-OPENED"), Column.Key("ALERTS-RESOLVED"), Column.Key("FAILED"),
        ]);
        return table.Add(N(view.Seen), N(view.Judged), N(view.Skipped.Values.Sum()), N(view.Findings), N(view.ActionsApplied), N(view.ActionsDryRun),
            N(view.AlertsOpened), N(view.AlertsResolved), N(view.Failures.Count));
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
