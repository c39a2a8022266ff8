using EcsWinReconciler.Core.Alerting;
using EcsWinReconciler.Core.Ports;

namespace EcsWinReconciler.TestSupport.Crashes;

/// <summary><see cref="IAlertStore"/> under a <see cref="CrashPlan"/>.</summary>
public sealed class CrashingAlertStore(IAlertStore inner, CrashPlan plan) : IAlertStore
{
    public Task<IReadOnlyDictionary<string, AlertRecord>> GetManyAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        plan.CallAsync("alerts.GetMany", false, () => inner.GetManyAsync(keys, cancellationToken));

    public Task<AlertChange> ApplyAsync(AlertDelta delta, AlertRecord? read, DateTimeOffset now, TimeSpan notificationLease, CancellationToken cancellationToken) =>
        plan.CallAsync("alerts.Apply", true, () => inner.ApplyAsync(delta, read, now, notificationLease, cancellationToken));

    public Task<AlertRecord?> TryClaimNotificationAsync(AlertRecord read, DateTimeOffset now, TimeSpan notificationLease, TimeSpan reminderInterval, CancellationToken cancellationToken) =>
        plan.CallAsync("alerts.TryClaimNotification", true, () => inner.TryClaimNotificationAsync(read, now, notificationLease, reminderInterval, cancellationToken));

    public Task<AlertRecord?> CompleteNotificationAsync(AlertRecord read, NotificationKind kind, DateTimeOffset now, CancellationToken cancellationToken) =>
        plan.CallAsync("alerts.CompleteNotification", true, () => inner.CompleteNotificationAsync(read, kind, now, cancellationToken));

    public Task<IReadOnlyList<AlertRecord>> ListAsync(bool openOnly, CancellationToken cancellationToken) =>
        plan.CallAsync("alerts.List", false, () => inner.ListAsync(openOnly, cancellationToken));

    public Task<IReadOnlyList<AlertRecord>> ListPendingNotificationsAsync(CancellationToken cancellationToken) =>
        plan.CallAsync("alerts.ListPending", false, () => inner.ListPendingNotificationsAsync(cancellationToken));
}
