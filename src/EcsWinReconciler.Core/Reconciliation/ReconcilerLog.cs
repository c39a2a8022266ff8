using Microsoft.Extensions.Logging;

namespace EcsWinReconciler.Core.Reconciliation;

/// <summary>The reconciler's log lines: stable event ids, named placeholders, no event bodies or secrets.</summary>
internal static partial class ReconcilerLog
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Information, Message = "Reconciled task {TaskId}: {Judgement} ({Reason}); {Findings} finding(s), {Actions} action(s), status {Status}")]
    public static partial void TaskReconciled(ILogger logger, string taskId, string judgement, string reason, int findings, int actions, string status);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Skipped task {TaskId}: {Reason}")]
    public static partial void TaskSkipped(ILogger logger, string taskId, string reason);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Error, Message = "Reconcile of task {TaskId} failed; the batch goes on")]
    public static partial void TaskFailed(ILogger logger, string taskId, Exception exception);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Error, Message = "Observing a batch of {Count} task(s) in {Cluster} failed; they are reported failed")]
    public static partial void BatchFailed(ILogger logger, int count, string cluster, Exception exception);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Warning, Message = "Listing the statuses of {Cluster} failed; each task's status is read on its own")]
    public static partial void StatusListingFailed(ILogger logger, string cluster, Exception exception);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Warning, Message = "Counting the ENIs that use {Groups} failed; findings say \"every ENI that uses it\" instead")]
    public static partial void GroupUseUnknown(ILogger logger, string groups, Exception exception);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Warning, Message = "The remediation budget could not be read; {Count} task(s) that needed a repair are reported failed")]
    public static partial void BudgetUnknown(ILogger logger, int count, Exception exception);

    [LoggerMessage(EventId = 1007, Level = LogLevel.Error, Message = "Moving alert {AlertKey} failed; its {Count} task(s) are reported failed and retried by the next run")]
    public static partial void AlertFailed(ILogger logger, string alertKey, int count, Exception exception);

    [LoggerMessage(EventId = 1008, Level = LogLevel.Warning, Message = "Task {TaskId}: its stored facts are contradicted ({Reason}); it is described and judged afresh")]
    public static partial void StoredFactsContradicted(ILogger logger, string taskId, string reason);

    [LoggerMessage(EventId = 1010, Level = LogLevel.Information, Message = "Action {Action} on behalf of {TaskId}: {Result} ({Detail})")]
    public static partial void ActionExecuted(ILogger logger, string action, string taskId, string result, string detail);

    [LoggerMessage(EventId = 1011, Level = LogLevel.Warning, Message = "Could not end the claim on {ActionKey} after its outcome {Result}; the claim lapses with its lease")]
    public static partial void ClaimNotEnded(ILogger logger, string actionKey, string result, Exception exception);

    [LoggerMessage(EventId = 1020, Level = LogLevel.Information, Message = "Alert {AlertKey}: {Transition}")]
    public static partial void AlertTransitioned(ILogger logger, string alertKey, string transition);

    [LoggerMessage(EventId = 1021, Level = LogLevel.Warning, Message = "Alert {AlertKey}: the {Kind} notification was not delivered; the outbox retries it")]
    public static partial void NotificationFailed(ILogger logger, string alertKey, string kind, Exception exception);

    [LoggerMessage(EventId = 1030, Level = LogLevel.Information, Message = "Stopped before the deadline with {Remaining} task(s) left")]
    public static partial void StoppedAtDeadline(ILogger logger, int remaining);

    [LoggerMessage(EventId = 1031, Level = LogLevel.Warning, Message = "Could not record the progress of sweep {Sweep}; its next run repeats some tasks")]
    public static partial void SweepProgressNotSaved(ILogger logger, string sweep, Exception exception);

    [LoggerMessage(EventId = 1032, Level = LogLevel.Warning, Message = "Listing the running tasks of {Selection} failed; the sweep goes on without them and resolves no alert a full pass would")]
    public static partial void SelectionNotListed(ILogger logger, string selection, Exception exception);

    [LoggerMessage(EventId = 1040, Level = LogLevel.Information, Message = "Re-check {Attempt} of {Root} through task {TaskId} in {DelaySeconds} s ({Reason})")]
    public static partial void RecheckScheduled(ILogger logger, int attempt, string root, string taskId, double delaySeconds, string reason);

    [LoggerMessage(EventId = 1041, Level = LogLevel.Information, Message = "Re-check of {Root} not sent: one is already pending for it")]
    public static partial void RecheckCollapsed(ILogger logger, string root);

    [LoggerMessage(EventId = 1042, Level = LogLevel.Warning, Message = "Re-check of {Root} could not be scheduled; the next resync looks at it")]
    public static partial void RecheckNotScheduled(ILogger logger, string root, Exception exception);

    [LoggerMessage(EventId = 1043, Level = LogLevel.Information, Message = "Re-check {Attempt} of {Root} dropped: {Reason}")]
    public static partial void RecheckDropped(ILogger logger, int attempt, string root, string reason);

    [LoggerMessage(EventId = 1044, Level = LogLevel.Information, Message = "Root {Root} wants another look but its {Attempts} re-checks are used up; the next resync looks at it")]
    public static partial void RechecksExhausted(ILogger logger, string root, int attempts);
}
