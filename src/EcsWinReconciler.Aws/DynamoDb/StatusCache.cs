using EcsWinReconciler.Aws.Caching;
using EcsWinReconciler.Core.Reconciliation;

namespace EcsWinReconciler.Aws.DynamoDb;

/// <summary>
/// The last status this process wrote or read per task — or that there was none — kept across warm invocations so a
/// reconcile of a task seen moments ago reads nothing, and one that concluded the same thing writes nothing. Entries are
/// trusted for <c>maxAge</c> only: another Lambda instance (or another function) may have written since. Bounded by
/// starting over when full (simple, and a cleared cache only costs one read per task).
/// </summary>
internal sealed class StatusCache(TimeProvider timeProvider, TimeSpan maxAge, int capacity)
{
    private readonly TtlCache<string, TaskNetworkStatus?> _statuses = new(timeProvider, maxAge, capacity);

    // Each listing with the epoch of the versions it was kept in: once they start over, the listing's entries are gone,
    // and a listing that no longer has them must not vouch that a task missing from it has no status.
    private readonly TtlCache<(string Cluster, string? Family), long> _listings = new(timeProvider, maxAge);

    // A listing keeps only each task's event version, not its status: the sweep that listed holds the statuses itself
    // while it needs them, and a second copy here would keep a whole fleet's statuses alive a minute longer.
    private readonly TtlCache<string, long> _listedVersions = new(timeProvider, maxAge, ListedCapacity);

    /// <summary>Tasks whose listed version is kept at most: the largest fleet a resync lists (a few bytes each).</summary>
    public const int ListedCapacity = 200_000;

    /// <summary>True when the task's status (null: known absent) is fresh in the cache.</summary>
    public bool TryGet(string taskArn, out TaskNetworkStatus? status) => _statuses.TryGet(taskArn, out status);

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
        return !_listedVersions.TryGet(taskArn, out _) && (Listed((name, family)) || Listed((name, null)));
    }

    /// <summary>The event version of the task's status as a listing moments ago returned it; null when none did.</summary>
    public long? ListedVersion(string taskArn) => _listedVersions.TryGet(taskArn, out var version) ? version : null;

    /// <summary>Every status of a cluster (and family; null: all of them) as a listing returned them.</summary>
    public void RememberListing(string cluster, string? family, IEnumerable<TaskNetworkStatus> statuses)
    {
        // The listing is kept first, so it expires no later than the entries it vouches for.
        var listing = (StateKeys.ClusterName(cluster), family);
        var epoch = _listedVersions.Epoch;
        _listings.Set(listing, epoch);
        foreach (var status in statuses)
        {
            _listedVersions.Set(status.TaskArn, status.LastEventVersion);
            _statuses.Invalidate(status.TaskArn);
        }

        if (_listedVersions.Epoch != epoch)
        {
            _listings.Invalidate(listing);
        }
    }

    /// <summary>
    /// Keeps a status written or read, unless a newer event's status is kept already: writes of one task that race finish in
    /// any order, and the table only ever moves to higher versions.
    /// </summary>
    public void Remember(TaskNetworkStatus status)
    {
        _statuses.Set(status.TaskArn, status, kept => kept is null || kept.LastEventVersion <= status.LastEventVersion);
        _listedVersions.Invalidate(status.TaskArn);
    }

    /// <summary>The table has no status for the task (a consistent read said so).</summary>
    public void RememberAbsent(string taskArn)
    {
        _statuses.Set(taskArn, null);
        _listedVersions.Invalidate(taskArn);
    }

    private bool Listed((string Cluster, string? Family) listing) =>
        _listings.TryGet(listing, out var epoch) && epoch == _listedVersions.Epoch;
}
