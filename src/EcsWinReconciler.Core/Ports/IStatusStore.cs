using EcsWinReconciler.Core.Reconciliation;

namespace EcsWinReconciler.Core.Ports;

/// <summary>Per-task status (State table). Writes are conditional so an older event never overwrites a newer status.</summary>
public interface IStatusStore
{
    Task<TaskNetworkStatus?> GetAsync(string taskArn, CancellationToken cancellationToken);

    /// <summary>
    /// Writes unless the stored status has a higher <see cref="TaskNetworkStatus.LastEventVersion"/>
    /// (<see cref="StatusWriteResult.Stale"/>) or is equal in content (<see cref="StatusWriteResult.Unchanged"/>: no write).
    /// Timestamps and the event version are not content: a newer event that changed nothing is Unchanged, and the stored
    /// status keeps its version.
    /// </summary>
    Task<StatusWriteResult> PutAsync(TaskNetworkStatus status, CancellationToken cancellationToken);

    /// <summary>
    /// As <see cref="PutAsync"/>, for a caller that judged the task from a <see cref="ListAsync"/> of its own run and found
    /// the content changed: <paramref name="listed"/> is what that listing held for the task (null: no status). The store
    /// writes without reading first, however long ago the run listed; the write's condition still refuses to go below a
    /// newer stored version (the store then reads and settles).
    /// </summary>
    Task<StatusWriteResult> PutAfterListingAsync(TaskNetworkStatus status, TaskNetworkStatus? listed, CancellationToken cancellationToken);

    /// <summary>Statuses of a cluster (name or ARN) and family; null means all.</summary>
    Task<IReadOnlyList<TaskNetworkStatus>> ListAsync(string? cluster, string? family, CancellationToken cancellationToken);
}

public enum StatusWriteResult
{
    Written,
    Unchanged,
    Stale,
}
