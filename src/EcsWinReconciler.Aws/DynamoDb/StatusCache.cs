using System.Collections.Concurrent;
using EcsWinReconciler.Core.Reconciliation;

namespace EcsWinReconciler.Aws.DynamoDb;

/// <summary>
/// The last status this process wrote or read per task, kept across warm invocations so a reconcile that concluded the same
/// thing costs no DynamoDB call at all. Entries are trusted for <c>maxAge</c> only: another Lambda instance may have written
/// since, and a stale entry could otherwise hide a needed write for long. Bounded by clearing when full (simple, and a
/// cleared cache only costs one read per task).
/// </summary>
internal sealed class StatusCache(TimeProvider timeProvider, TimeSpan maxAge, int capacity)
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public TaskNetworkStatus? Get(string taskArn) =>
        _entries.TryGetValue(taskArn, out var entry) && timeProvider.GetUtcNow() - entry.At < maxAge ? entry.Status : null;

    public void Remember(TaskNetworkStatus status)
    {
        if (_entries.Count >= capacity)
        {
            _entries.Clear();
        }

        _entries[status.TaskArn] = new Entry(status, timeProvider.GetUtcNow());
    }

    public void Forget(string taskArn) => _entries.TryRemove(taskArn, out _);

    private sealed record Entry(TaskNetworkStatus Status, DateTimeOffset At);
}
