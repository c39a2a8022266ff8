using EcsWinReconciler.Core.Common;
using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Planning;

namespace EcsWinReconciler.Core.Reconciliation;

/// <summary>
/// What a reconcile run covered: every task's outcome, each action once, each alert transition once (those of the alert
/// sweep included), and the tasks it had no time left for. In a read-only run the actions were dry-runs and the alert
/// transitions are what would have happened: nothing was written or sent.
/// </summary>
public sealed record RunSummary(EquatableArray<TaskOutcome> Tasks, EquatableArray<string> Remaining)
{
    public EquatableArray<ExecutedAction> Actions { get; init; } = [];

    public EquatableArray<AlertEvent> AlertEvents { get; init; } = [];

    public bool ReadOnly { get; init; }

    /// <summary>
    /// This run reached the end of its sweep's circle with every selection listed: together with the runs since the
    /// previous end, every task was visited (what a resync needs before it resolves alerts nobody rejoined).
    /// </summary>
    public bool CircleCompleted { get; init; }

    /// <summary>How many alerts are open after this run, when it knew every open alert (a resync's alert sweep); else null.</summary>
    public int? OpenAlerts { get; init; }

    /// <summary>
    /// The selections whose listing failed, each "cluster/family: why" (a member whose role is missing fails every one): the run
    /// reconciled the rest and reports these, and none of them counts as listed (see <see cref="Remaining"/>).
    /// </summary>
    public EquatableArray<string> ListingFailures { get; init; } = [];

    /// <summary>Re-checks this run sent (one per root; a root that already had one pending is not counted).</summary>
    public int RechecksScheduled { get; init; }

    /// <summary>
    /// Re-checks this run could not send (the queue or the pending marker failed): those roots wait for the next look or the
    /// resync, so a task whose ENI was not ready is judged later than promised. Not a false all-clear, but worth an alarm.
    /// </summary>
    public int RechecksNotScheduled { get; init; }

    public static RunSummary Empty { get; } = new([], []);

    /// <summary>Every re-check the run's tasks ask for, before collapsing per root.</summary>
    public IEnumerable<RecheckRequest> RequestedRechecks => Tasks.SelectMany(t => t.Rechecks);

    public int TasksSeen => Tasks.Count;

    public int Judged => Tasks.Count(t => t.Error is null && t.Judgement.Kind == JudgementKind.Judged);

    public int Failed => Tasks.Count(t => t.Error is not null);

    public int Findings => Tasks.Sum(t => t.Judgement.Findings.Count);

    public int ActionsApplied => Actions.Count(a => a.Outcome.Result == ActionResult.Applied);

    public int ActionsDryRun => Actions.Count(a => a.Outcome.Result == ActionResult.WouldApply);

    public int ActionsOverBudget => Actions.Count(a => a.Outcome.Result == ActionResult.BudgetExhausted);

    public int ActionsFailed => Actions.Count(a => a.Outcome.Result == ActionResult.Failed);

    /// <summary>Actions refused because their target is outside the deployment's scope (untagged, not listed).</summary>
    public int ActionsOutOfScope => Actions.Count(a => a.Outcome.Result == ActionResult.OutOfScope);

    /// <summary>Judged findings counted by (check, severity), for the per-check metrics.</summary>
    public IReadOnlyDictionary<(string Check, Severity Severity), int> FindingsByCheck() =>
        Tasks.SelectMany(t => t.Judgement.Findings)
            .GroupBy(f => (f.Check, f.Severity))
            .OrderBy(g => g.Key.Check, StringComparer.Ordinal).ThenBy(g => g.Key.Severity)
            .ToDictionary(g => g.Key, g => g.Count());

    public int AlertsOpened => AlertEvents.Count(e => e.Transition == Alerting.AlertTransition.Opened);

    public int AlertsResolved => AlertEvents.Count(e => e.Transition == Alerting.AlertTransition.Resolved);

    /// <summary>True when any judged finding is still in the world after this run (not repaired at once), or a task failed.</summary>
    public bool DriftRemains => Failed > 0 || Tasks.Any(t => t.Findings.Any(f => f.Decision.Remains));

    /// <summary>Tasks not judged, grouped by reason ("not Windows", "no spec selects it", …).</summary>
    public IReadOnlyDictionary<string, int> SkippedByReason() =>
        Tasks.Where(t => t.Error is null && t.Judgement.Kind != JudgementKind.Judged)
            .GroupBy(t => t.Judgement.Reason, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    public RunSummary Merge(RunSummary other) =>
        new([.. Tasks, .. other.Tasks], [.. Remaining, .. other.Remaining])
        {
            Actions = [.. Actions, .. other.Actions],
            AlertEvents = [.. AlertEvents, .. other.AlertEvents],
            ReadOnly = ReadOnly || other.ReadOnly,
            CircleCompleted = CircleCompleted || other.CircleCompleted,
            OpenAlerts = other.OpenAlerts ?? OpenAlerts,
            RechecksScheduled = RechecksScheduled + other.RechecksScheduled,
            RechecksNotScheduled = RechecksNotScheduled + other.RechecksNotScheduled,
            ListingFailures = [.. ListingFailures, .. other.ListingFailures],
        };
}
