using EcsWinReconciler.Core.Alerting;

namespace EcsWinReconciler.Aws.DynamoDb;

/// <summary>The notification outbox of <see cref="DynamoAlertStore"/>: claims (retries and reminders) and completions.</summary>
public sealed partial class DynamoAlertStore
{
    public async Task<AlertRecord?> TryClaimNotificationAsync(string key, DateTimeOffset now, TimeSpan notificationLease, TimeSpan reminderInterval, CancellationToken cancellationToken)
    {
        var stored = await ReadAsync(key, "ClaimNotification", cancellationToken).ConfigureAwait(false);
        if (stored is null || AlertRules.DueNotification(stored.Record, now, reminderInterval) is not { } due)
        {
            return null;
        }

        // A failed condition here means another run claimed it (or the outbox moved on): not ours, as the port says.
        var update = due == stored.Record.PendingNotification
            ? AlertUpdates.RetakePending(stored.Record, due, now, notificationLease)
            : AlertUpdates.ClaimReminder(stored.Record, now, notificationLease);
        var claimed = await TryUpdateAsync(key, update, "ClaimNotification", cancellationToken).ConfigureAwait(false);
        return claimed?.Record;
    }

    /// <summary>Clears the pending notification when it is still of <paramref name="kind"/>; otherwise (already completed, or a newer transition owes another) does nothing.</summary>
    public async Task CompleteNotificationAsync(string key, NotificationKind kind, DateTimeOffset now, CancellationToken cancellationToken) =>
        await TryUpdateAsync(key, AlertUpdates.Complete(kind, now), "CompleteNotification", cancellationToken).ConfigureAwait(false);
}
