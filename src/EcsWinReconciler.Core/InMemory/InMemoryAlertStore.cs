using EcsWinReconciler.Core.Alerting;
using EcsWinReconciler.Core.Common;
using EcsWinReconciler.Core.Ports;

namespace EcsWinReconciler.Core.InMemory;

/// <summary>
/// An in-process <see cref="IAlertStore"/> with the lifecycle the interface defines; a lock stands in for
/// DynamoDB's conditional writes, so exactly one caller sees each transition.
/// </summary>
public sealed class InMemoryAlertStore : IAlertStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, AlertRecord> _alerts = new(StringComparer.Ordinal);

    public Task<AlertRecord?> GetAsync(string key, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_alerts.GetValueOrDefault(key));
        }
    }

    public Task<AlertChange> OpenOrJoinAsync(AlertRecord candidate, string taskArn, DateTimeOffset now, TimeSpan notificationLease, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var current = _alerts.GetValueOrDefault(candidate.Key);
            if (current is null || current.State == AlertState.Resolved)
            {
                var opened = candidate with
                {
                    State = AlertState.Open,
                    AffectedTasks = [taskArn],
                    OpenedAt = now,
                    ResolvedAt = null,
                    PendingNotification = NotificationKind.Opened,
                    NotificationLeaseUntil = now + notificationLease,
                    NotificationsSent = current?.NotificationsSent ?? 0,
                    LastNotifiedAt = current?.LastNotifiedAt,
                };
                _alerts[candidate.Key] = opened;
                return Done(AlertTransition.Opened, opened);
            }

            if (current.AffectedTasks.Contains(taskArn))
            {
                return Done(AlertTransition.Unchanged, current);
            }

            var joined = current with { AffectedTasks = [.. current.AffectedTasks, taskArn] };
            _alerts[candidate.Key] = joined;
            return Done(AlertTransition.Joined, joined);
        }
    }

    public Task<AlertChange> LeaveAsync(string key, string taskArn, LeaveMode mode, DateTimeOffset now, TimeSpan notificationLease, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var resolveAll = mode == LeaveMode.ResolveAll;
            if (_alerts.GetValueOrDefault(key) is not { State: AlertState.Open } current || (!resolveAll && !current.AffectedTasks.Contains(taskArn)))
            {
                return Done(AlertTransition.NotOpen, _alerts.GetValueOrDefault(key));
            }

            var remaining = current.AffectedTasks.Where(t => t != taskArn).ToEquatableArray();
            if (!resolveAll && (!remaining.IsEmpty || mode == LeaveMode.KeepOpen))
            {
                var left = current with { AffectedTasks = remaining };
                _alerts[key] = left;
                return Done(AlertTransition.Left, left);
            }

            var resolved = current with
            {
                State = AlertState.Resolved,
                AffectedTasks = [],
                ResolvedAt = now,
                PendingNotification = NotificationKind.Resolved,
                NotificationLeaseUntil = now + notificationLease,
            };
            _alerts[key] = resolved;
            return Done(AlertTransition.Resolved, resolved);
        }
    }

    public Task<AlertRecord?> TryClaimNotificationAsync(string key, DateTimeOffset now, TimeSpan notificationLease, TimeSpan reminderInterval, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var current = _alerts.GetValueOrDefault(key);
            AlertRecord? claimed = current switch
            {
                { PendingNotification: not null } when current.NotificationLeaseUntil is null || current.NotificationLeaseUntil <= now =>
                    current with { NotificationLeaseUntil = now + notificationLease },
                { State: AlertState.Open, PendingNotification: null } when current.LastNotifiedAt is { } last && last + reminderInterval <= now =>
                    current with { PendingNotification = NotificationKind.Reminder, NotificationLeaseUntil = now + notificationLease },
                _ => null,
            };
            if (claimed is not null)
            {
                _alerts[key] = claimed;
            }

            return Task.FromResult(claimed);
        }
    }

    public Task CompleteNotificationAsync(string key, NotificationKind kind, DateTimeOffset now, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_alerts.GetValueOrDefault(key) is { } current && current.PendingNotification == kind)
            {
                _alerts[key] = current with
                {
                    PendingNotification = null,
                    NotificationLeaseUntil = null,
                    LastNotifiedAt = now,
                    NotificationsSent = current.NotificationsSent + 1,
                };
            }
        }

        return Task.CompletedTask;
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

    private static Task<AlertChange> Done(AlertTransition transition, AlertRecord? record) =>
        Task.FromResult(new AlertChange(transition, record));
}
