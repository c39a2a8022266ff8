using EcsWinReconciler.Aws.Caching;
using EcsWinReconciler.Core.Reconciliation;

namespace EcsWinReconciler.Aws.DynamoDb;

/// <summary>
/// The last status this process wrote or read per task — or that there was none — kept across warm invocations so a
/// reconcile of a task seen moments ago reads nothing, and one that concluded the same thing writes nothing. Entries are
/// trusted for <c>maxAge</c> only: another Lambda instance (or another function) may have written since. Bounded by
/// starting over when full (simple, and a cleared cache only costs one read per task). A sweep's listing is not kept
/// here: the sweep holds it for its run and says so when it writes (<see cref="DynamoStatusStore.PutAfterListingAsync"/>).
/// </summary>
internal sealed class StatusCache(TimeProvider timeProvider, TimeSpan maxAge, int capacity)
{
    private readonly TtlCache<string, TaskNetworkStatus?> _statuses = new(timeProvider, maxAge, capacity);

    /// <summary>True when the task's status (null: known absent) is fresh in the cache.</summary>
    public bool TryGet(string taskArn, out TaskNetworkStatus? status) => _statuses.TryGet(taskArn, out status);

    /// <summary>
    /// Keeps a status written or read, unless a newer event's status is kept already: writes of one task that race finish in
    /// any order, and the table only ever moves to higher versions.
    /// </summary>
    public void Remember(TaskNetworkStatus status) =>
        _statuses.Set(status.TaskArn, status, kept => kept is null || kept.LastEventVersion <= status.LastEventVersion);

    /// <summary>The table has no status for the task (a consistent read said so).</summary>
    public void RememberAbsent(string taskArn) => _statuses.Set(taskArn, null);
}
