using EcsWinReconciler.Core.Alerting;

namespace EcsWinReconciler.Core.Ports;

/// <summary>
/// Alert lifecycle records (State table), keyed by root cause. Every transition is a conditional write: of N
/// concurrent openers exactly one gets <see cref="AlertTransition.Opened"/>, and only that one notifies.
/// A transition leaves a pending notification (an outbox) that is cleared once SNS accepted it.
/// </summary>
public interface IAlertStore
{
    Task<AlertRecord?> GetAsync(string key, CancellationToken cancellationToken);

    /// <summary>Opens (or reopens) the alert with the task listed, or adds the task to the open alert.</summary>
    Task<AlertChange> OpenOrJoinAsync(AlertRecord candidate, string taskArn, DateTimeOffset now, TimeSpan notificationLease, CancellationToken cancellationToken);

    /// <summary>
    /// Removes the task; per <paramref name="mode"/> the alert resolves when no task is left (<see cref="LeaveMode.Leave"/>),
    /// stays open even when empty (<see cref="LeaveMode.KeepOpen"/>), or resolves whoever is listed (<see cref="LeaveMode.ResolveAll"/>).
    /// </summary>
    Task<AlertChange> LeaveAsync(string key, string taskArn, LeaveMode mode, DateTimeOffset now, TimeSpan notificationLease, CancellationToken cancellationToken);

    /// <summary>
    /// Claims the right to send a notification: a pending one whose lease ran out (outbox retry), or a reminder for
    /// an open alert last notified at least <paramref name="reminderInterval"/> ago. Null when another run holds it or nothing is due.
    /// </summary>
    Task<AlertRecord?> TryClaimNotificationAsync(string key, DateTimeOffset now, TimeSpan notificationLease, TimeSpan reminderInterval, CancellationToken cancellationToken);

    /// <summary>Marks the pending notification of <paramref name="kind"/> as delivered.</summary>
    Task CompleteNotificationAsync(string key, NotificationKind kind, DateTimeOffset now, CancellationToken cancellationToken);

    Task<IReadOnlyList<AlertRecord>> ListAsync(bool openOnly, CancellationToken cancellationToken);

    /// <summary>Alerts with a notification still owed (the outbox).</summary>
    Task<IReadOnlyList<AlertRecord>> ListPendingNotificationsAsync(CancellationToken cancellationToken);
}
