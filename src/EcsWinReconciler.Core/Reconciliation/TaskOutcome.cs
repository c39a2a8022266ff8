using EcsWinReconciler.Core.Alerting;
using EcsWinReconciler.Core.Common;
using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Planning;

namespace EcsWinReconciler.Core.Reconciliation;

/// <summary>
/// What one task's reconcile saw, decided and did. <see cref="Findings"/> holds each finding with what became of it (as
/// stored in its status); <see cref="Actions"/> the actions that answered its findings (one action may answer many tasks).
/// <see cref="Error"/> is set when it failed (and nothing else stopped).
/// </summary>
public sealed record TaskOutcome(
    string TaskArn,
    string? SpecName,
    Judgement Judgement,
    Plan Plan,
    EquatableArray<ExecutedAction> Actions,
    StatusWriteSummary Status,
    string? Error = null)
{
    public EquatableArray<FindingRecord> Findings { get; init; } = [];

    /// <summary>The re-checks this look asks for (<see cref="RecheckPolicy"/>): sent after the run, one per root.</summary>
    public EquatableArray<RecheckRequest> Rechecks { get; init; } = [];

    public static TaskOutcome Failed(string taskArn, string? specName, string error) =>
        new(taskArn, specName, Judgement.Skipped("reconcile failed"), Plan.Nothing, [], StatusWriteSummary.NotWritten, error);
}

/// <summary>An action and what came of it.</summary>
public sealed record ExecutedAction(PlannedAction Planned, ActionOutcome Outcome);

/// <summary>An alert transition this run made (or, in a read-only run, would make), and whether its notification was delivered.</summary>
public sealed record AlertEvent(string Key, AlertTransition Transition, NotificationKind? Notification, bool Delivered, string? DeliveryError = null);

public enum StatusWriteSummary
{
    NotWritten,
    Written,
    Unchanged,
    Stale,
}
