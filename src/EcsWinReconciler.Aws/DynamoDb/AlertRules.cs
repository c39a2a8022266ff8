using EcsWinReconciler.Core.Alerting;

namespace EcsWinReconciler.Aws.DynamoDb;

/// <summary>The alert lifecycle's decisions (AlertRecord's remarks), as pure functions of the stored record.</summary>
internal static class AlertRules
{
    public static AlertStep DecideOpen(AlertRecord? stored, string taskArn) => stored switch
    {
        null => AlertStep.Create,
        { State: AlertState.Resolved } => AlertStep.Reopen,
        _ when stored.AffectedTasks.Contains(taskArn) => AlertStep.None,
        _ => AlertStep.Join,
    };

    /// <summary>Resolve when the root cause was seen fixed or this is the last task; a task not listed leaves nothing.</summary>
    public static AlertStep DecideLeave(AlertRecord? stored, string taskArn, LeaveMode mode) => stored switch
    {
        null or { State: AlertState.Resolved } => AlertStep.None,
        _ when mode == LeaveMode.ResolveAll => AlertStep.Resolve,
        _ when !stored.AffectedTasks.Contains(taskArn) => AlertStep.None,
        _ when mode == LeaveMode.KeepOpen => AlertStep.LeaveKeepOpen,
        _ when stored.AffectedTasks.All(t => t == taskArn) => AlertStep.Resolve,
        _ => AlertStep.Leave,
    };

    /// <summary>
    /// The record an open (or reopen) writes: the candidate's description, this task listed, a fresh <c>openedAt</c>, and an
    /// Opened notification owed under the caller's lease. Delivery history (last notified, count) survives a reopen.
    /// </summary>
    public static AlertRecord Opened(AlertRecord candidate, string taskArn, DateTimeOffset now, TimeSpan lease, AlertRecord? previous) =>
        candidate with
        {
            State = AlertState.Open,
            AffectedTasks = [.. candidate.AffectedTasks.Append(taskArn).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            OpenedAt = now,
            ResolvedAt = null,
            PendingNotification = NotificationKind.Opened,
            NotificationLeaseUntil = now + lease,
            LastNotifiedAt = previous?.LastNotifiedAt,
            NotificationsSent = previous?.NotificationsSent ?? 0,
        };

    /// <summary>
    /// The notification a run may claim now: a pending one whose lease ran out (the run that owed it failed to deliver), or a
    /// reminder for an open alert not notified for <paramref name="reminderInterval"/> (none when the interval is not positive).
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
}
