using EcsWinReconciler.Core.Alerting;

namespace EcsWinReconciler.Core.Ports;

/// <summary>
/// Alert records (State table), keyed by root cause. A store decides nothing: it applies <see cref="AlertLifecycle"/> to the
/// record as read and writes the result only if the record still has the version read; when another run wrote first it
/// reads again and decides again. So of N concurrent openers exactly one gets <see cref="AlertTransition.Opened"/>, and only
/// that one notifies. A transition leaves a pending notification (an outbox) that is cleared once SNS accepted it.
/// </summary>
public interface IAlertStore
{
    /// <summary>The records of these keys (absent keys are left out), read consistently, in as few calls as the store allows.</summary>
    Task<IReadOnlyDictionary<string, AlertRecord>> GetManyAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    /// <summary>
    /// Applies <paramref name="delta"/> (<see cref="AlertLifecycle.Decide"/>) to <paramref name="read"/>, the record as the caller
    /// read it (null: none), or to the record as it now stands when it changed since. Writes only when the decision changes something.
    /// </summary>
    Task<AlertChange> ApplyAsync(AlertDelta delta, AlertRecord? read, DateTimeOffset now, TimeSpan notificationLease, CancellationToken cancellationToken);

    /// <summary>
    /// Claims the right to send a notification (<see cref="AlertLifecycle.Claim"/>): a pending one whose lease ran out, or a due
    /// reminder. Null when another run claimed it first or nothing is due.
    /// </summary>
    Task<AlertRecord?> TryClaimNotificationAsync(AlertRecord read, DateTimeOffset now, TimeSpan notificationLease, TimeSpan reminderInterval, CancellationToken cancellationToken);

    /// <summary>Marks the pending notification of <paramref name="kind"/> as delivered (<see cref="AlertLifecycle.Complete"/>); returns the record as it now stands.</summary>
    Task<AlertRecord?> CompleteNotificationAsync(AlertRecord read, NotificationKind kind, DateTimeOffset now, CancellationToken cancellationToken);

    Task<IReadOnlyList<AlertRecord>> ListAsync(bool openOnly, CancellationToken cancellationToken);

    /// <summary>Alerts with a notification still owed (the outbox).</summary>
    Task<IReadOnlyList<AlertRecord>> ListPendingNotificationsAsync(CancellationToken cancellationToken);
}
