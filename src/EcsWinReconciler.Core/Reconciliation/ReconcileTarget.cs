using EcsWinReconciler.Core.Observation;

namespace EcsWinReconciler.Core.Reconciliation;

/// <summary>
/// A task to reconcile. An event's task snapshot may stand in for DescribeTasks (it is the task at
/// <see cref="ObservedTask.Version"/>); every network fact is still observed afresh.
/// </summary>
public sealed record ReconcileTarget(string Cluster, string TaskArn, ObservedTask? Snapshot = null)
{
    public static ReconcileTarget FromSnapshot(ObservedTask task) => new(task.ClusterArn, task.TaskArn, task);
}
