using EcsWinReconciler.Core.Observation;

namespace EcsWinReconciler.Core.Reconciliation;

/// <summary>
/// A task to reconcile. An event's task snapshot may stand in for DescribeTasks (it is the task at
/// <see cref="ObservedTask.Version"/>); every network fact is still observed afresh. With
/// <see cref="DeduplicateOnVersion"/> (task-state events) a version already seen for the same spec generation is
/// skipped, and an older one never overwrites newer status.
/// </summary>
public sealed record ReconcileTarget(string Cluster, string TaskArn, ObservedTask? Snapshot = null, bool DeduplicateOnVersion = false)
{
    public static ReconcileTarget FromEvent(ObservedTask task) => new(task.ClusterArn, task.TaskArn, task, DeduplicateOnVersion: true);

    public static ReconcileTarget Lookup(string cluster, string taskArn) => new(cluster, taskArn);
}
