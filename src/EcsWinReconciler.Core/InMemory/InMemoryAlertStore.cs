using EcsWinReconciler.Core.Alerting;
using EcsWinReconciler.Core.Ports;

namespace EcsWinReconciler.Core.InMemory;

/// <summary>
/// An in-process <see cref="IAlertStore"/>: <see cref="AlertLifecycle"/> under a lock, with the version check a conditional
/// write makes (a stale read whose decision writes is decided again on the record as it stands, as the DynamoDB store does
/// after a failed condition; one whose decision writes nothing is answered as decided, as there).
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
        ArgumentNullException.ThrowIfNull(delta);
        return Task.FromResult(DecideAndWrite(delta.Key, read, current =>
        {
            var change = AlertLifecycle.Decide(current, delta, now, notificationLease);
            return (change.Writes ? change.Alert : null, change);
        }));
    }

    public Task<AlertRecord?> TryClaimNotificationAsync(AlertRecord read, DateTimeOffset now, TimeSpan notificationLease, TimeSpan reminderInterval, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        var change = DecideAndWrite(read.Key, read, current =>
        {
            var claimed = current is null ? null : AlertLifecycle.Claim(current, now, notificationLease, reminderInterval);
            return (claimed, new AlertChange(claimed is null ? AlertTransition.Unchanged : AlertTransition.Updated, claimed));
        });
        return Task.FromResult(change.Transition == AlertTransition.Updated ? change.Alert : null);
    }

    public Task<AlertRecord?> CompleteNotificationAsync(AlertRecord read, NotificationKind kind, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        var change = DecideAndWrite(read.Key, read, current =>
        {
            var completed = current is null ? null : AlertLifecycle.Complete(current, kind, now);
            return (completed, new AlertChange(AlertTransition.Updated, completed ?? current));
        });
        return Task.FromResult(change.Alert);
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
    /// What the DynamoDB store does, under the lock: decide on the record as read; put a decision that writes only if the
    /// record still has the version read (its write condition), else decide again on the record as it stands (its re-read
    /// after a lost condition). A decision that writes nothing is answered as decided on the read: no condition tells either
    /// store that the read was stale. <paramref name="decide"/> returns the record to write (null: none) and the answer.
    /// </summary>
    private AlertChange DecideAndWrite(string key, AlertRecord? read, Func<AlertRecord?, (AlertRecord? Next, AlertChange Answer)> decide)
    {
        lock (_gate)
        {
            var (next, answer) = decide(read);
            var current = _alerts.GetValueOrDefault(key);
            if (next is not null && current?.Version != read?.Version)
            {
                (next, answer) = decide(current);
            }

            return next is null ? answer : answer with { Alert = Write(next) };
        }
    }

    private AlertRecord Write(AlertRecord next)
    {
        var written = next with { Version = (_alerts.GetValueOrDefault(next.Key)?.Version ?? 0) + 1 };
        _alerts[next.Key] = written;
        Writes++;
        return written;
    }
}
