using System.Collections.Concurrent;
using EcsWinReconciler.Core.Reconciliation;

namespace EcsWinReconciler.Aws.DynamoDb;

/// <summary>
/// The last status this process wrote or read per task — or that there was none — kept across warm invocations so a
/// reconcile of a task seen moments ago reads nothing, and one that concluded the same thing writes nothing. Entries are
/// trusted for <c>maxAge</c> only: another Lambda instance (or another function) may have written since. Bounded by
/// clearing when full (simple, and a cleared cache only costs one read per task).
/// </summary>
internal sealed class StatusCache(TimeProvider timeProvider, TimeSpan maxAge, int capacity)
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>True when the task's status (null: known absent) is fresh in the cache.</summary>
    public bool TryGet(string taskArn, out TaskNetworkStatus? status)
    {
        if (_entries.TryGetValue(taskArn, out var entry) && timeProvider.GetUtcNow() - entry.At < maxAge)
        {
            status = entry.Status;
            return true;
        }

        status = null;
        return false;
    }

    public void Remember(TaskNetworkStatus status) => Set(status.TaskArn, status);

    /// <summary>The table has no status for the task (a consistent read said so).</summary>
    public void RememberAbsent(string taskArn) => Set(taskArn, null);

    public void Forget(string taskArn) => _entries.TryRemove(taskArn, out _);

    private void Set(string taskArn, TaskNetworkStatus? status)
    {
        if (_entries.Count >= capacity)
        {
            _entries.Clear();
        }

        _entries[taskArn] = new Entry(status, timeProvider.GetUtcNow());
    }

    private sealed record Entry(TaskNetworkStatus? Status, DateTimeOffset At);
}
