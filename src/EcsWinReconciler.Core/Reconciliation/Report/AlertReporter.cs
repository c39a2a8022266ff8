using EcsWinReconciler.Core.Alerting;
using EcsWinReconciler.Core.Ports;
using Microsoft.Extensions.Logging;

namespace EcsWinReconciler.Core.Reconciliation;

/// <summary>
/// Moves alerts: applies each key's delta to the record as the run knows it (one read for all unknown keys, one conditional
/// write per key that changes), and sends a notification only for the transitions this run won, or reminders that fell due.
/// A failed publish leaves the notification pending in the store (the outbox) for a later run. In a read-only run it
/// decides what would happen and writes and sends nothing.
/// </summary>
internal sealed class AlertReporter(IAlertStore alerts, IAlertSink sink, ReconcilerOptions options, TimeProvider time, ILogger logger)
{
    /// <summary>Applies one key's delta to the record as the run knows it (read first with <see cref="ReadUnknownAsync"/>) and sends what is owed.</summary>
    public async Task<AlertEvent> ApplyAsync(AlertDelta delta, TimeSpan reminderInterval, RunMemory memory, CancellationToken cancellationToken)
    {
        var read = memory.Alerts.GetValueOrDefault(delta.Key);
        var now = time.GetUtcNow();
        var change = options.ReadOnly
            ? AlertLifecycle.Decide(read, delta, now, options.NotificationLease)
            : await alerts.ApplyAsync(delta, read, now, options.NotificationLease, cancellationToken).ConfigureAwait(false);
        memory.Remember(change.Alert, delta.Key);
        return await FollowUpAsync(delta.Key, change, reminderInterval, memory, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends what is owed for one alert after a transition (or a due reminder / an expired outbox lease).</summary>
    public async Task<AlertEvent> FollowUpAsync(string key, AlertChange change, TimeSpan reminderInterval, RunMemory memory, CancellationToken cancellationToken)
    {
        if (change.Transition != AlertTransition.Unchanged)
        {
            ReconcilerLog.AlertTransitioned(logger, key, change.Transition.ToString());
        }

        if (options.ReadOnly)
        {
            return new AlertEvent(key, change.Transition, change.MustNotify ? change.Alert?.PendingNotification : null, false);
        }

        if (change.MustNotify && change.Alert is { PendingNotification: { } owed } alert)
        {
            return await NotifyAsync(alert, owed, change.Transition, memory, cancellationToken).ConfigureAwait(false);
        }

        var now = time.GetUtcNow();
        if (change.Alert is { } current && AlertLifecycle.DueNotification(current, now, reminderInterval) is not null)
        {
            var claimed = await alerts.TryClaimNotificationAsync(current, now, options.NotificationLease, reminderInterval, cancellationToken).ConfigureAwait(false);
            if (claimed is { PendingNotification: { } kind })
            {
                memory.Remember(claimed, key);
                return await NotifyAsync(claimed, kind, change.Transition, memory, cancellationToken).ConfigureAwait(false);
            }
        }

        return new AlertEvent(key, change.Transition, null, false);
    }

    /// <summary>The records of keys this run has not read yet, in one call; a sweep that listed every open alert needs none.</summary>
    public async Task ReadUnknownAsync(IEnumerable<string> keys, RunMemory memory, CancellationToken cancellationToken)
    {
        var unknown = keys.Where(k => !memory.Alerts.ContainsKey(k)).ToList();
        if (unknown.Count == 0)
        {
            return;
        }

        if (memory.KnowsEveryOpenAlert)
        {
            // Not open: absent or resolved. Deciding on "none" is right for both; a reopen's write finds the resolved record.
            unknown.ForEach(k => memory.Remember(null, k));
            return;
        }

        var found = await alerts.GetManyAsync(unknown, cancellationToken).ConfigureAwait(false);
        unknown.ForEach(k => memory.Remember(found.GetValueOrDefault(k), k));
    }

    private async Task<AlertEvent> NotifyAsync(AlertRecord alert, NotificationKind kind, AlertTransition transition, RunMemory memory, CancellationToken cancellationToken)
    {
        try
        {
            var now = time.GetUtcNow();
            var message = AlertMessageFormatter.Format(alert, kind, now);
            message = message with { ChatBody = ChatNotificationFormatter.Format(alert, kind, now, message.DeduplicationId) };
            await sink.PublishAsync(message, cancellationToken).ConfigureAwait(false);
            memory.Remember(await alerts.CompleteNotificationAsync(alert, kind, time.GetUtcNow(), cancellationToken).ConfigureAwait(false), alert.Key);
            return new AlertEvent(alert.Key, transition, kind, true);
        }
        catch (AdapterException ex) when (!cancellationToken.IsCancellationRequested)
        {
            ReconcilerLog.NotificationFailed(logger, alert.Key, kind.ToString(), ex);
            return new AlertEvent(alert.Key, transition, kind, false, ex.Message);
        }
    }
}
