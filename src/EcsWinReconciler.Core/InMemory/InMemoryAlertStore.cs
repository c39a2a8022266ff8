using EcsWinReconciler.Core.Alerting;
using EcsWinReconciler.Core.Ports;

namespace EcsWinReconciler.Core.InMemory;

/// <summary>
/// An in-process <see cref="IAlertStore"/>: <see cref="AlertLifecycle"/> under a lock, with the version check a conditional
/// write makes (a stale read is decided again on the record as it stands, as the DynamoDB store does after a failed condition).
/// </summary>
public sealed class InMemoryAlertStore : IAlertStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, AlertRecord> _alerts = new(StringComparer.Ordinal);

    /// <summary>Writes made (for call-count assertions).</summary>
    public int Writes { get; private set; }

    public Task<IReadOnlyDictionary<string, AlertRecord>> GetManyAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyDictionary<string, AlertRecord> found = keys.Distinct(StringComparer.Ordinal)
                .Where(_alerts.ContainsKey)
                .ToDictionary(k => k, k => _alerts[k], StringComparer.Ordinal);
            return Task.FromResult(found);
        }
    }

    public Task<AlertRecord?> GetAsync(string key)
    {
        lock (_gate)
        {
            return Task.FromResult(_alerts.GetValueOrDefault(key));
        }
    }

    public Task<AlertChange> ApplyAsync(AlertDelta delta, AlertRecord? read, DateTimeOffset now, TimeSpan notificationLease, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var current = Current(delta.Key);
            var change = AlertLifecycle.Decide(current, delta, now, notificationLease);
            return Task.FromResult(change.Writes ? change with { Alert = Write(change.Alert!) } : change);
        }
    }

    public Task<AlertRecord?> TryClaimNotificationAsync(AlertRecord read, DateTimeOffset now, TimeSpan notificationLease, TimeSpan reminderInterval, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var current = Current(read.Key);
            var claimed = current is null ? null : AlertLifecycle.Claim(current, now, notificationLease, reminderInterval);
            return Task.FromResult(claimed is null ? null : Write(claimed));
        }
    }

    public Task<AlertRecord?> CompleteNotificationAsync(AlertRecord read, NotificationKind kind, DateTimeOffset now, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var current = Current(read.Key);
            var completed = current is null ? null : AlertLifecycle.Complete(current, kind, now);
            return Task.FromResult(completed is null ? current : Write(completed));
        }
    }

    public Task<IReadOnlyList<AlertRecord>> ListAsync(bool openOnly, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<AlertRecord>>(
                [.. _alerts.Values.Where(a => !openOnly || a.State == AlertState.Open).OrderBy(a => a.Key, StringComparer.Ordinal)]);
        }
    }

    public Task<IReadOnlyList<AlertRecord>> ListPendingNotificationsAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<AlertRecord>>(
                [.. _alerts.Values.Where(a => a.PendingNotification is not null).OrderBy(a => a.Key, StringComparer.Ordinal)]);
        }
    }

    /// <summary>Stores a record as it was (tests seed state this way, e.g. alerts of an earlier key scheme).</summary>
    public void Seed(AlertRecord record)
    {
        lock (_gate)
        {
            _alerts[record.Key] = record with { Version = record.Version == 0 ? 1 : record.Version };
        }
    }

    /// <summary>
    /// The record as it stands: the caller's read when nothing changed since, else what a re-read after a failed condition
    /// gives. Deciding on it is what the DynamoDB store does after its conditional write lost.
    /// </summary>
    private AlertRecord? Current(string key) => _alerts.GetValueOrDefault(key);

    private AlertRecord Write(AlertRecord next)
    {
        var written = next with { Version = (_alerts.GetValueOrDefault(next.Key)?.Version ?? 0) + 1 };
        _alerts[next.Key] = written;
        Writes++;
        return written;
    }
}
