using EcsWinReconciler.Core.Alerting;
using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.Core.Ports;
using Microsoft.Extensions.Logging;

namespace EcsWinReconciler.Core.Reconciliation;

/// <summary>
/// Moves alerts for one task: opens or joins the alerts of its current findings, leaves (and so resolves) the ones
/// gone, and sends a notification only for the transitions this call won, or reminders that fell due. A failed
/// publish leaves the notification pending in the store (the outbox) for a later run.
/// </summary>
internal sealed class AlertReporter(ReconcilerPorts ports, ReconcilerOptions options, TimeProvider time, ILogger logger)
{
    public async Task<List<AlertEvent>> ReportAsync(
        string specName, ObservedTask task, TimeSpan reminderInterval, IReadOnlyList<(Finding Finding, string Why)> open, IReadOnlyList<(string Key, LeaveMode Mode)> leave, CancellationToken cancellationToken)
    {
        var events = new List<AlertEvent>();
        foreach (var (finding, why) in open)
        {
            var now = time.GetUtcNow();
            var explained = finding with { Message = $"{finding.Message} Not repaired automatically: {why}." };
            var candidate = AlertRecord.Candidate(specName, task.ClusterArn, task.Family, explained, task.TaskArn, now);
            var change = await ports.Alerts.OpenOrJoinAsync(candidate, task.TaskArn, now, options.NotificationLease, cancellationToken).ConfigureAwait(false);
            events.Add(await FollowUpAsync(candidate.Key, change, reminderInterval, cancellationToken).ConfigureAwait(false));
        }

        foreach (var (key, mode) in leave)
        {
            var change = await ports.Alerts.LeaveAsync(key, task.TaskArn, mode, time.GetUtcNow(), options.NotificationLease, cancellationToken).ConfigureAwait(false);
            events.Add(await FollowUpAsync(key, change, reminderInterval, cancellationToken).ConfigureAwait(false));
        }

        return events;
    }

    /// <summary>Sends what is owed for one alert key after a transition (or a due reminder / an expired outbox lease).</summary>
    public async Task<AlertEvent> FollowUpAsync(string key, AlertChange change, TimeSpan reminderInterval, CancellationToken cancellationToken)
    {
        if (change.Transition != AlertTransition.Unchanged)
        {
            ReconcilerLog.AlertTransitioned(logger, key, change.Transition.ToString());
        }

        if (change.MustNotify && change.Alert is { PendingNotification: { } owed } alert)
        {
            return await NotifyAsync(alert, owed, change.Transition, cancellationToken).ConfigureAwait(false);
        }

        if (change.Alert is { } current && IsDue(current, reminderInterval))
        {
            var claimed = await ports.Alerts.TryClaimNotificationAsync(key, time.GetUtcNow(), options.NotificationLease, reminderInterval, cancellationToken).ConfigureAwait(false);
            if (claimed is { PendingNotification: { } kind })
            {
                return await NotifyAsync(claimed, kind, change.Transition, cancellationToken).ConfigureAwait(false);
            }
        }

        return new AlertEvent(key, change.Transition, null, false);
    }

    private bool IsDue(AlertRecord alert, TimeSpan reminderInterval)
    {
        var now = time.GetUtcNow();
        return alert.PendingNotification is not null
            ? alert.NotificationLeaseUntil is null || alert.NotificationLeaseUntil <= now
            : alert.State == AlertState.Open && alert.LastNotifiedAt is { } last && last + reminderInterval <= now;
    }

    private async Task<AlertEvent> NotifyAsync(AlertRecord alert, NotificationKind kind, AlertTransition transition, CancellationToken cancellationToken)
    {
        try
        {
            var message = AlertMessageFormatter.Format(alert, kind, time.GetUtcNow());
            await ports.AlertSink.PublishAsync(message, cancellationToken).ConfigureAwait(false);
            await ports.Alerts.CompleteNotificationAsync(alert.Key, kind, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            return new AlertEvent(alert.Key, transition, kind, true);
        }
        catch (AdapterException ex) when (!cancellationToken.IsCancellationRequested)
        {
            ReconcilerLog.NotificationFailed(logger, alert.Key, kind.ToString(), ex);
            return new AlertEvent(alert.Key, transition, kind, false, ex.Message);
        }
    }
}
