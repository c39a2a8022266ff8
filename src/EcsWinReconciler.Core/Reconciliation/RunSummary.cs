using EcsWinReconciler.Core.Common;
using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Planning;

namespace EcsWinReconciler.Core.Reconciliation;

/// <summary>What a reconcile run covered: every task's outcome, and the tasks it had no time left for.</summary>
public sealed record RunSummary(EquatableArray<TaskOutcome> Tasks, EquatableArray<string> Remaining)
{
    /// <summary>
    /// This run reached the end of its sweep's circle with every selection listed: together with the runs since the
    /// previous end, every task was visited (what a resync needs before it resolves alerts nobody rejoined).
    /// </summary>
    public bool CircleCompleted { get; init; }

    public static RunSummary Empty { get; } = new([], []);

    public int TasksSeen => Tasks.Count;

    public int Judged => Tasks.Count(t => t.Error is null && t.Judgement.Kind == JudgementKind.Judged);

    public int Failed => Tasks.Count(t => t.Error is not null);

    public int Findings => Tasks.Sum(t => t.Judgement.Findings.Count);

    public int ActionsApplied => Tasks.Sum(t => t.Actions.Count(a => a.Outcome.Result == ActionResult.Applied));

    public int ActionsDryRun => Tasks.Sum(t => t.Actions.Count(a => a.Outcome.Result == ActionResult.WouldApply));

    public int AlertsOpened => Tasks.Sum(t => t.AlertEvents.Count(e => e.Transition == Alerting.AlertTransition.Opened));

    public int AlertsResolved => Tasks.Sum(t => t.AlertEvents.Count(e => e.Transition == Alerting.AlertTransition.Resolved));

    /// <summary>Tasks not judged, grouped by reason ("not Windows", "no spec selects it", …).</summary>
    public IReadOnlyDictionary<string, int> SkippedByReason() =>
        Tasks.Where(t => t.Error is null && t.Judgement.Kind != JudgementKind.Judged)
            .GroupBy(t => t.Judgement.Reason, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    public RunSummary Merge(RunSummary other) =>
        new([.. Tasks, .. other.Tasks], [.. Remaining, .. other.Remaining]);
}
