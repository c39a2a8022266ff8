using EcsWinReconciler.Core.Reconciliation;

namespace EcsWinReconciler.Lambda.Functions;

/// <summary>
/// What one invocation came to. A rejected event is answered with success (so Lambda's async retries do not loop
/// on it) and counted; <see cref="RejectedRecords"/> counts the bad records of an otherwise good stream batch.
/// </summary>
internal sealed record FunctionOutcome(OutcomeStatus Status, string? Reason, RunSummary Summary, string? Subject, int RejectedRecords)
{
    public int RejectedEvents => Status == OutcomeStatus.Rejected ? Math.Max(1, RejectedRecords) : RejectedRecords;

    /// <summary>
    /// For an SQS batch: the ids of the messages to deliver again (their re-check failed), answered as
    /// <c>batchItemFailures</c> (ReportBatchItemFailures); null for every other event.
    /// </summary>
    public IReadOnlyList<string>? RetryMessages { get; init; }

    /// <summary>The member places a run could not reconcile (role missing, throttled, …), each with why; the others were reconciled.</summary>
    public IReadOnlyList<string> FailedPlaces { get; init; } = [];

    /// <summary>Re-checks dropped because a newer look had settled their root.</summary>
    public int RechecksDropped { get; init; }

    public static FunctionOutcome Reconciled(RunSummary summary, string? subject, int rejectedRecords = 0) =>
        new(OutcomeStatus.Reconciled, null, summary, subject, rejectedRecords);

    public static FunctionOutcome Ignored(string reason, string? subject = null) =>
        new(OutcomeStatus.Ignored, reason, RunSummary.Empty, subject, 0);

    public static FunctionOutcome Rejected(string reason, int records = 1) =>
        new(OutcomeStatus.Rejected, reason, RunSummary.Empty, null, records);
}
