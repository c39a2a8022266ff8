using EcsWinReconciler.Core.Common;

namespace EcsWinReconciler.Core.Alerting;

/// <summary>
/// The alert lifecycle (<see cref="AlertRecord"/>'s remarks), as pure functions of the record as read: every store applies
/// them and writes the result conditionally on the version it read, re-reading and deciding again when another run wrote
/// first. So the rules exist once, and of N concurrent openers exactly one sees <see cref="AlertTransition.Opened"/>.
/// </summary>
public static class AlertLifecycle
{
    /// <summary>The next record for a reconcile's <paramref name="delta"/> on the record as read (null: none stored).</summary>
    public static AlertChange Decide(AlertRecord? stored, AlertDelta delta, DateTimeOffset now, TimeSpan lease)
    {
        var open = stored is { State: AlertState.Open };
        if (delta.Resolve is { } resolution)
        {
            return open ? new AlertChange(AlertTransition.Resolved, Resolved(stored!, resolution, now, lease)) : new AlertChange(AlertTransition.NotOpen, stored);
        }

        if (!open)
        {
            return delta is { MayOpen: true, Candidate: { } candidate, Join.IsEmpty: false }
                ? new AlertChange(AlertTransition.Opened, Opened(candidate, delta, stored, now, lease))
                : new AlertChange(AlertTransition.NotOpen, stored);
        }

        var tasks = stored!.AffectedTasks.Union(delta.Join, StringComparer.Ordinal).Except(delta.Leave, StringComparer.Ordinal)
            .Order(StringComparer.Ordinal).ToEquatableArray();
        var handling = delta.Handling ?? stored.Handling;
        var transition = tasks == stored.AffectedTasks
            ? handling == stored.Handling ? AlertTransition.Unchanged : AlertTransition.Updated
            : delta.Join.Any(t => !stored.AffectedTasks.Contains(t)) ? AlertTransition.Joined : AlertTransition.Left;
        return new AlertChange(transition, transition == AlertTransition.Unchanged ? stored : stored with { AffectedTasks = tasks, Handling = handling });
    }

    /// <summary>
    /// The notification a run may claim now: a pending one whose lease ran out (the run that owed it failed to deliver), or
    /// a reminder for an open alert not notified for <paramref name="reminderInterval"/> (none when it is not positive).
    /// </summary>
    public static NotificationKind? DueNotification(AlertRecord record, DateTimeOffset now, TimeSpan reminderInterval)
    {
        if (record.PendingNotification is { } pending)
        {
            return record.NotificationLeaseUntil is { } until && until > now ? null : pending;
        }

        var since = record.LastNotifiedAt is { } last && last > record.OpenedAt ? last : record.OpenedAt;
        return record.State == AlertState.Open && reminderInterval > TimeSpan.Zero && now - since >= reminderInterval
            ? NotificationKind.Reminder
            : null;
    }

    /// <summary>The record with a due notification claimed under a lease; null when nothing is due.</summary>
    public static AlertRecord? Claim(AlertRecord record, DateTimeOffset now, TimeSpan lease, TimeSpan reminderInterval) =>
        DueNotification(record, now, reminderInterval) is { } due
            ? record with { PendingNotification = due, NotificationLeaseUntil = now + lease }
            : null;

    /// <summary>The record once a notification of <paramref name="kind"/> was delivered; null when that one is not pending (done, or a newer one is owed).</summary>
    public static AlertRecord? Complete(AlertRecord record, NotificationKind kind, DateTimeOffset now) =>
        record.PendingNotification == kind
            ? record with { PendingNotification = null, NotificationLeaseUntil = null, LastNotifiedAt = now, NotificationsSent = record.NotificationsSent + 1 }
            : null;

    private static AlertRecord Opened(AlertRecord candidate, AlertDelta delta, AlertRecord? previous, DateTimeOffset now, TimeSpan lease) =>
        candidate with
        {
            State = AlertState.Open,
            AffectedTasks = delta.Join.Except(delta.Leave, StringComparer.Ordinal).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToEquatableArray(),
            OpenedAt = now,
            ResolvedAt = null,
            Resolution = null,
            Handling = delta.Handling ?? candidate.Handling,
            PendingNotification = NotificationKind.Opened,
            NotificationLeaseUntil = now + lease,
            LastNotifiedAt = previous?.LastNotifiedAt,
            NotificationsSent = previous?.NotificationsSent ?? 0,
            Version = previous?.Version ?? 0,
        };

    private static AlertRecord Resolved(AlertRecord open, AlertResolution resolution, DateTimeOffset now, TimeSpan lease) =>
        open with
        {
            State = AlertState.Resolved,
            AffectedTasks = [],
            ResolvedAt = now,
            Resolution = resolution,
            PendingNotification = NotificationKind.Resolved,
            NotificationLeaseUntil = now + lease,
        };
}
