using EcsWinReconciler.Core.Observation;

namespace EcsWinReconciler.Core.Reconciliation;

/// <summary>
/// A task to reconcile. An event's task snapshot may stand in for DescribeTasks (it is the task at
/// <see cref="ObservedTask.Version"/>); every network fact is still observed afresh. With
/// <see cref="DeduplicateOnVersion"/> (task-state events) a version already seen for the same spec generation is
/// skipped, and an older one never overwrites newer status. A target <see cref="FromStoredFacts"/> is a listed task a sweep
/// judges from its stored status's facts (rebuilt when its batch is resolved, so a sweep does not hold them all at once): it
/// is judged only if what EC2 shows of its ENI bears them out, else described afresh.
/// </summary>
public sealed record ReconcileTarget(string Cluster, string TaskArn, ObservedTask? Snapshot = null, bool DeduplicateOnVersion = false)
{
    /// <summary>True when the task is judged from its stored facts, not described by ECS (<see cref="StoredFactsTrust"/>).</summary>
    public bool FromStoredFacts { get; private init; }

    public static ReconcileTarget FromEvent(ObservedTask task) => new(task.ClusterArn, task.TaskArn, task, DeduplicateOnVersion: true);

    /// <summary>A listed task a sweep judges from its stored facts, without describing it.</summary>
    public static ReconcileTarget Remembered(string cluster, string taskArn) => new(cluster, taskArn) { FromStoredFacts = true };

    public static ReconcileTarget Lookup(string cluster, string taskArn) => new(cluster, taskArn);

    /// <summary>Which re-check of its chain this look is (0: not a re-check); the next one asked for is one more (<see cref="RecheckPolicy"/>).</summary>
    public int RecheckAttempt { get; private init; }

    /// <summary>A delayed re-check: the task described afresh by ECS (the event's snapshot is old by now).</summary>
    public static ReconcileTarget Recheck(RecheckRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new(request.Cluster, request.TaskArn) { RecheckAttempt = request.Attempt };
    }
}
