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
    private readonly ConcurrentDictionary<(string Cluster, string? Family), DateTimeOffset> _listings = new();

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

    /// <summary>
    /// As <see cref="TryGet(string, out TaskNetworkStatus?)"/>; a task of a cluster and family listed moments ago that the
    /// listing did not return has no status (the first resync of a fleet writes each status without reading it first).
    /// </summary>
    public bool TryGet(string taskArn, string cluster, string family, out TaskNetworkStatus? status)
    {
        if (TryGet(taskArn, out status))
        {
            return true;
        }

        var name = StateKeys.ClusterName(cluster);
        return Fresh((name, family)) || Fresh((name, null));
    }

    /// <summary>Every status of a cluster (and family; null: all of them) as a listing returned them.</summary>
    public void RememberListing(string cluster, string? family, IEnumerable<TaskNetworkStatus> statuses)
    {
        foreach (var status in statuses)
        {
            Remember(status);
        }

        _listings[(StateKeys.ClusterName(cluster), family)] = timeProvider.GetUtcNow();
    }

    public void Remember(TaskNetworkStatus status) => Set(status.TaskArn, status);

    /// <summary>The table has no status for the task (a consistent read said so).</summary>
    public void RememberAbsent(string taskArn) => Set(taskArn, null);

    public void Forget(string taskArn) => _entries.TryRemove(taskArn, out _);

    private bool Fresh((string Cluster, string? Family) listing) =>
        _listings.TryGetValue(listing, out var at) && timeProvider.GetUtcNow() - at < maxAge;

    private void Set(string taskArn, TaskNetworkStatus? status)
    {
        if (_entries.Count >= capacity)
        {
            // A cleared cache must not believe a listing whose entries it dropped.
            _entries.Clear();
            _listings.Clear();
        }

        _entries[taskArn] = new Entry(status, timeProvider.GetUtcNow());
    }

    private sealed record Entry(TaskNetworkStatus? Status, DateTimeOffset At);
}
