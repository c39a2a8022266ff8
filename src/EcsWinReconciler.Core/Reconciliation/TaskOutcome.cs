using EcsWinReconciler.Core.Alerting;
using EcsWinReconciler.Core.Common;
using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Planning;

namespace EcsWinReconciler.Core.Reconciliation;

/// <summary>What one task's reconcile saw, decided and did. <see cref="Error"/> is set when it failed (and nothing else stopped).</summary>
public sealed record TaskOutcome(
    string TaskArn,
    string? SpecName,
    Judgement Judgement,
    Plan Plan,
    EquatableArray<ExecutedAction> Actions,
    EquatableArray<AlertEvent> AlertEvents,
    StatusWriteSummary Status,
    string? Error = null)
{
    public static TaskOutcome Failed(string taskArn, string? specName, string error) =>
        new(taskArn, specName, Judgement.Skipped("reconcile failed"), Plan.Nothing, [], [], StatusWriteSummary.NotWritten, error);
}

/// <summary>An action and what came of it.</summary>
public sealed record ExecutedAction(PlannedAction Planned, ActionOutcome Outcome);

/// <summary>An alert transition this reconcile made, and whether its notification was delivered.</summary>
public sealed record AlertEvent(string Key, AlertTransition Transition, NotificationKind? Notification, bool Delivered, string? DeliveryError = null);

public enum StatusWriteSummary
{
    NotWritten,
    Written,
    Unchanged,
    Stale,
}
