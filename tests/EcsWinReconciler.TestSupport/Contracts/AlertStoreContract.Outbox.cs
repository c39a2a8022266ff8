using EcsWinReconciler.Core.Alerting;
using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.TestSupport.Specimens;
using Xunit;

namespace EcsWinReconciler.TestSupport.Contracts;

/// <summary>The notification outbox: claims under a lease, completions of the kind owed, reminders, the pending list.</summary>
public abstract partial class AlertStoreContract
{
    private static readonly TimeSpan Reminder = TestAlerts.Reminder;

    [Fact]
    public async Task TryClaim_PendingUnderLiveLease_NullUntilTheLeaseRunsOut()
    {
        var (store, opened) = await OpenedAsync();

        var whileHeld = await store.TryClaimNotificationAsync(opened, At + Lease - TimeSpan.FromSeconds(1), Lease, Reminder, Ct);
        var afterLease = await store.TryClaimNotificationAsync(opened, At + Lease, Lease, Reminder, Ct);

        Assert.Null(whileHeld);
        Assert.Equal((NotificationKind.Opened, At + Lease + Lease), (afterLease!.PendingNotification, afterLease.NotificationLeaseUntil));
        Assert.Equal(afterLease, await GetAsync(store));
    }

    [Fact]
    public async Task TryClaim_TenRunsAfterTheLeaseRanOut_ExactlyOneGetsIt()
    {
        var (store, opened) = await OpenedAsync();

        var claims = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => store.TryClaimNotificationAsync(opened, At + Lease, Lease, Reminder, Ct))));

        Assert.Single(claims, c => c is not null);
    }

    [Fact]
    public async Task Complete_PendingOpened_ClearsTheOutboxAndCountsTheDelivery()
    {
        var (store, opened) = await OpenedAsync();
        var pendingBefore = await store.ListPendingNotificationsAsync(Ct);
        var now = At.AddSeconds(3);

        var completed = await store.CompleteNotificationAsync(opened, NotificationKind.Opened, now, Ct);

        Assert.Equal([TestAlerts.Key()], pendingBefore.Select(a => a.Key));
        Assert.Equal((null, null, now, 1), (completed!.PendingNotification, completed.NotificationLeaseUntil, completed.LastNotifiedAt, completed.NotificationsSent));
        Assert.Equal(completed, await GetAsync(store));
        Assert.Empty(await store.ListPendingNotificationsAsync(Ct));
        Assert.Null(await store.TryClaimNotificationAsync(completed, now + Lease, Lease, Reminder, Ct));
    }

    [Fact]
    public async Task Complete_AnotherKindThanPending_LeavesTheOutboxAloneAndAnswersTheRecord()
    {
        var (store, opened) = await OpenedAsync();

        var answer = await store.CompleteNotificationAsync(opened, NotificationKind.Reminder, At, Ct);

        Assert.Equal(opened, answer);
        Assert.Equal(opened, await GetAsync(store));
    }

    [Fact]
    public async Task Complete_ReadStaleSinceAClaimRenewedTheLease_CompletesTheRecordAsItStands()
    {
        var (store, opened) = await OpenedAsync();
        var claimed = await store.TryClaimNotificationAsync(opened, At + Lease, Lease, Reminder, Ct);

        var completed = await store.CompleteNotificationAsync(opened, NotificationKind.Opened, At + Lease, Ct);

        Assert.Equal(claimed! with { PendingNotification = null, NotificationLeaseUntil = null, LastNotifiedAt = At + Lease, NotificationsSent = 1, Version = completed!.Version }, completed);
        Assert.True(completed.Version > claimed.Version);
    }

    [Fact]
    public async Task TryClaim_OpenAlertNotifiedAnIntervalAgo_OneReminderAtATime()
    {
        var (store, opened) = await OpenedAsync();
        var delivered = await store.CompleteNotificationAsync(opened, NotificationKind.Opened, At, Ct);

        var early = await store.TryClaimNotificationAsync(delivered!, At + Reminder - TimeSpan.FromSeconds(1), Lease, Reminder, Ct);
        var claims = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Task.Run(() => store.TryClaimNotificationAsync(delivered!, At + Reminder, Lease, Reminder, Ct))));

        Assert.Null(early);
        var reminder = Assert.Single(claims, c => c is not null);
        Assert.Equal((NotificationKind.Reminder, At + Reminder + Lease), (reminder!.PendingNotification, reminder.NotificationLeaseUntil));
    }

    [Fact]
    public async Task TryClaim_AfterAReminderWasDelivered_NextOneDueAnIntervalLater()
    {
        var (store, opened) = await OpenedAsync();
        var delivered = await store.CompleteNotificationAsync(opened, NotificationKind.Opened, At, Ct);
        var first = await store.TryClaimNotificationAsync(delivered!, At + Reminder, Lease, Reminder, Ct);
        var remindedAt = At + Reminder + TimeSpan.FromSeconds(5);
        var reminded = await store.CompleteNotificationAsync(first!, NotificationKind.Reminder, remindedAt, Ct);

        var early = await store.TryClaimNotificationAsync(reminded!, remindedAt + Reminder - TimeSpan.FromSeconds(1), Lease, Reminder, Ct);
        var due = await store.TryClaimNotificationAsync(reminded!, remindedAt + Reminder, Lease, Reminder, Ct);

        Assert.Null(early);
        Assert.Equal((NotificationKind.Reminder, 2), (due!.PendingNotification, due.NotificationsSent));
    }

    [Fact]
    public async Task TryClaim_ResolvedAndDelivered_NoReminders()
    {
        var (store, _) = await OpenedAsync();
        var resolved = await ReadAndApplyAsync(store, TestAlerts.Resolve(), At);
        var delivered = await store.CompleteNotificationAsync(resolved.Alert!, NotificationKind.Resolved, At, Ct);

        Assert.Null(await store.TryClaimNotificationAsync(delivered!, At + (Reminder * 3), Lease, Reminder, Ct));
    }

    [Fact]
    public async Task Resolve_WhileOpenedIsStillPending_ResolvedReplacesItAndALateOpenedCompletionCannotClearIt()
    {
        var (store, opened) = await OpenedAsync();
        var resolved = await ReadAndApplyAsync(store, TestAlerts.Resolve(), At.AddSeconds(1));

        var lateOpened = await store.CompleteNotificationAsync(opened, NotificationKind.Opened, At.AddSeconds(2), Ct);
        var delivered = await store.CompleteNotificationAsync(lateOpened!, NotificationKind.Resolved, At.AddSeconds(3), Ct);

        Assert.Equal(AlertTransition.Resolved, resolved.Transition);
        Assert.Equal(resolved.Alert, lateOpened);
        Assert.Equal((null, 1), (delivered!.PendingNotification, delivered.NotificationsSent));
    }

    [Fact]
    public async Task ListPending_SomeDeliveredSomeResolved_OnlyAlertsThatOweOne()
    {
        var store = await NewStoreAsync();
        foreach (var group in new[] { "sg-0aaa", "sg-0bbb", "sg-0ccc" })
        {
            await store.ApplyAsync(TestAlerts.OpenOn(group, 1), null, At, Lease, Ct);
        }

        await store.CompleteNotificationAsync((await GetAsync(store, TestAlerts.Key("sg-0aaa")))!, NotificationKind.Opened, At, Ct);
        await ReadAndApplyAsync(store, TestAlerts.Resolve("sg-0ccc"), At);

        var pending = await store.ListPendingNotificationsAsync(Ct);

        Assert.Equal(
            [(TestAlerts.Key("sg-0bbb"), NotificationKind.Opened), (TestAlerts.Key("sg-0ccc"), NotificationKind.Resolved)],
            pending.Select(a => (a.Key, a.PendingNotification!.Value)).OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    /// <summary>A store with one alert opened at <see cref="At"/> (Opened owed under a lease), and that record.</summary>
    private async Task<(IAlertStore Store, AlertRecord Opened)> OpenedAsync()
    {
        var store = await NewStoreAsync();
        var opened = await store.ApplyAsync(TestAlerts.Open(1), null, At, Lease, Ct);
        return (store, opened.Alert!);
    }
}
