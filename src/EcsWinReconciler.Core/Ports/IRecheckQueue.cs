using EcsWinReconciler.Core.Reconciliation;

namespace EcsWinReconciler.Core.Ports;

/// <summary>
/// Delivers a <see cref="RecheckRequest"/> back to the reconciler after its delay (the stack: an SQS delay queue consumed
/// by the task-state function). One re-check is pending per root at a time: a request for a root that already has one is
/// collapsed into it, a value, not an error.
/// </summary>
/// <remarks>
/// A root's pending marker: absent → pending (<see cref="TryScheduleAsync"/>) → absent (<see cref="ReleaseAsync"/> when its
/// message is taken, or its TTL). A marker whose message never came back (dead-lettered) stops holding the root
/// <see cref="RecheckBackoff.MarkerStaleAfter"/> past its due time.
/// </remarks>
public interface IRecheckQueue
{
    /// <summary>Schedules the re-check; false when one is already pending for its root (nothing sent).</summary>
    Task<bool> TryScheduleAsync(RecheckRequest request, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Ends the root's pending marker if it is still this request's, so the look it starts may schedule the next one.</summary>
    Task ReleaseAsync(RecheckRequest request, CancellationToken cancellationToken);
}
