using EcsWinReconciler.Aws.DynamoDb;
using EcsWinReconciler.Core.Alerting;
using EcsWinReconciler.TestSupport.Dynamo;
using Microsoft.Extensions.Time.Testing;

namespace EcsWinReconciler.Aws.Tests.DynamoDb;

[Collection(DynaliteFixture.Collection)]
public sealed class DynamoAlertStoreOutboxTests(DynaliteFixture dynamo)
{
    private readonly FakeTimeProvider _time = new(TestAlerts.At);

    [Fact]
    public async Task ClaimNotification_PendingUnderLiveLease_NullUntilTheLeaseRunsOut()
    {
        var store = await OpenedAlertStoreAsync();
        _time.Advance(TestAlerts.Lease - TimeSpan.FromSeconds(1));

        var whileHeld = await ClaimAsync(store);
        _time.Advance(TimeSpan.FromSeconds(1));
        var afterLease = await ClaimAsync(store);

        Assert.Null(whileHeld);
        Assert.NotNull(afterLease);
        Assert.Equal(NotificationKind.Opened, afterLease.PendingNotification);
        Assert.Equal(_time.GetUtcNow() + TestAlerts.Lease, afterLease.NotificationLeaseUntil);
    }

    [Fact]
    public async Task ClaimNotification_TenRunsAfterTheLeaseRanOut_ExactlyOneGetsIt()
    {
        var store = await OpenedAlertStoreAsync();
        _time.Advance(TestAlerts.Lease);

        var claims = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => ClaimAsync(store))));

        Assert.Single(claims, c => c is not null);
    }

    [Fact]
    public async Task CompleteNotification_Opened_ClearsTheOutboxAndCountsTheDelivery()
    {
        var store = await OpenedAlertStoreAsync();
        Assert.Equal([TestAlerts.Key()], (await store.ListPendingNotificationsAsync(CancellationToken.None)).Select(a => a.Key));
        _time.Advance(TimeSpan.FromSeconds(3));

        await store.CompleteNotificationAsync(TestAlerts.Key(), NotificationKind.Opened, _time.GetUtcNow(), CancellationToken.None);
        var alert = await store.GetAsync(TestAlerts.Key(), CancellationToken.None);

        Assert.Null(alert!.PendingNotification);
        Assert.Null(alert.NotificationLeaseUntil);
        Assert.Equal(_time.GetUtcNow(), alert.LastNotifiedAt);
        Assert.Equal(1, alert.NotificationsSent);
        Assert.Empty(await store.ListPendingNotificationsAsync(CancellationToken.None));
        Assert.Null(await ClaimAsync(store));
    }

    [Fact]
    public async Task CompleteNotification_OtherKindThanPending_LeavesTheOutboxAlone()
    {
        var store = await OpenedAlertStoreAsync();
        var before = await store.GetAsync(TestAlerts.Key(), CancellationToken.None);

        await store.CompleteNotificationAsync(TestAlerts.Key(), NotificationKind.Reminder, _time.GetUtcNow(), CancellationToken.None);

        Assert.Equal(before, await store.GetAsync(TestAlerts.Key(), CancellationToken.None));
    }

    [Fact]
    public async Task ClaimNotification_OpenAlertNotifiedAnIntervalAgo_ClaimsOneReminderAtATime()
    {
        var store = await OpenedAlertStoreAsync();
        await store.CompleteNotificationAsync(TestAlerts.Key(), NotificationKind.Opened, _time.GetUtcNow(), CancellationToken.None);

        _time.Advance(TestAlerts.Reminder - TimeSpan.FromSeconds(1));
        var early = await ClaimAsync(store);
        _time.Advance(TimeSpan.FromSeconds(1));
        var claims = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Task.Run(() => ClaimAsync(store))));

        Assert.Null(early);
        var reminder = Assert.Single(claims, c => c is not null);
        Assert.Equal(NotificationKind.Reminder, reminder!.PendingNotification);
        Assert.Equal(_time.GetUtcNow() + TestAlerts.Lease, reminder.NotificationLeaseUntil);
    }

    [Fact]
    public async Task ClaimNotification_AfterAReminderWasDelivered_NextOneIsDueAnIntervalLater()
    {
        var store = await OpenedAlertStoreAsync();
        await store.CompleteNotificationAsync(TestAlerts.Key(), NotificationKind.Opened, _time.GetUtcNow(), CancellationToken.None);
        _time.Advance(TestAlerts.Reminder);
        await ClaimAsync(store);
        _time.Advance(TimeSpan.FromSeconds(5));
        await store.CompleteNotificationAsync(TestAlerts.Key(), NotificationKind.Reminder, _time.GetUtcNow(), CancellationToken.None);

        _time.Advance(TestAlerts.Reminder - TimeSpan.FromSeconds(1));
        var early = await ClaimAsync(store);
        _time.Advance(TimeSpan.FromSeconds(1));
        var due = await ClaimAsync(store);

        Assert.Null(early);
        Assert.Equal(NotificationKind.Reminder, due!.PendingNotification);
        Assert.Equal(2, due.NotificationsSent);
    }

    [Fact]
    public async Task ClaimNotification_ResolvedAndDelivered_NoReminders()
    {
        var store = await OpenedAlertStoreAsync();
        await store.LeaveAsync(TestAlerts.Key(), TestAlerts.Task(1), LeaveMode.ResolveAll, _time.GetUtcNow(), TestAlerts.Lease, CancellationToken.None);
        await store.CompleteNotificationAsync(TestAlerts.Key(), NotificationKind.Resolved, _time.GetUtcNow(), CancellationToken.None);

        _time.Advance(TestAlerts.Reminder * 3);

        Assert.Null(await ClaimAsync(store));
    }

    [Fact]
    public async Task Resolve_WhileOpenedIsStillPending_ResolvedReplacesItAndALateOpenedCompletionCannotClearIt()
    {
        var store = await OpenedAlertStoreAsync();
        var resolved = await store.LeaveAsync(TestAlerts.Key(), TestAlerts.Task(1), LeaveMode.Leave, _time.GetUtcNow(), TestAlerts.Lease, CancellationToken.None);

        await store.CompleteNotificationAsync(TestAlerts.Key(), NotificationKind.Opened, _time.GetUtcNow(), CancellationToken.None);
        var afterLateOpened = await store.GetAsync(TestAlerts.Key(), CancellationToken.None);
        await store.CompleteNotificationAsync(TestAlerts.Key(), NotificationKind.Resolved, _time.GetUtcNow(), CancellationToken.None);

        Assert.Equal(AlertTransition.Resolved, resolved.Transition);
        Assert.Equal(NotificationKind.Resolved, afterLateOpened!.PendingNotification);
        Assert.Null((await store.GetAsync(TestAlerts.Key(), CancellationToken.None))!.PendingNotification);
    }

    [Fact]
    public async Task ListPendingNotifications_OnlyAlertsThatOweOne()
    {
        var store = new DynamoAlertStore(dynamo.Client, (await dynamo.CreateTablesAsync()).State);
        var now = _time.GetUtcNow();
        await store.OpenOrJoinAsync(TestAlerts.Candidate(1, now, "sg-0aaa"), TestAlerts.Task(1), now, TestAlerts.Lease, CancellationToken.None);
        await store.OpenOrJoinAsync(TestAlerts.Candidate(1, now, "sg-0bbb"), TestAlerts.Task(1), now, TestAlerts.Lease, CancellationToken.None);
        await store.OpenOrJoinAsync(TestAlerts.Candidate(1, now, "sg-0ccc"), TestAlerts.Task(1), now, TestAlerts.Lease, CancellationToken.None);
        await store.CompleteNotificationAsync(TestAlerts.Key("sg-0aaa"), NotificationKind.Opened, now, CancellationToken.None);
        await store.LeaveAsync(TestAlerts.Key("sg-0ccc"), TestAlerts.Task(1), LeaveMode.Leave, now, TestAlerts.Lease, CancellationToken.None);

        var pending = await store.ListPendingNotificationsAsync(CancellationToken.None);

        Assert.Equal(
            [(TestAlerts.Key("sg-0bbb"), NotificationKind.Opened), (TestAlerts.Key("sg-0ccc"), NotificationKind.Resolved)],
            pending.Select(a => (a.Key, a.PendingNotification!.Value)).Order());
    }

    private async Task<DynamoAlertStore> OpenedAlertStoreAsync()
    {
        var store = new DynamoAlertStore(dynamo.Client, (await dynamo.CreateTablesAsync()).State);
        var now = _time.GetUtcNow();
        await store.OpenOrJoinAsync(TestAlerts.Candidate(1, now), TestAlerts.Task(1), now, TestAlerts.Lease, CancellationToken.None);
        return store;
    }

    private Task<AlertRecord?> ClaimAsync(DynamoAlertStore store) =>
        store.TryClaimNotificationAsync(TestAlerts.Key(), _time.GetUtcNow(), TestAlerts.Lease, TestAlerts.Reminder, CancellationToken.None);
}
