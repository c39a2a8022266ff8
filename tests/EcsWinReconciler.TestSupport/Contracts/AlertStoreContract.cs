using EcsWinReconciler.Core.Alerting;
using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.TestSupport.Specimens;
using Xunit;

namespace EcsWinReconciler.TestSupport.Contracts;

/// <summary>
/// What every <see cref="IAlertStore"/> does, as its XML doc says: it applies <see cref="AlertLifecycle"/> to the record as read
/// and writes only if nobody wrote since, else decides again on the record as it stands; so of concurrent openers (resolvers,
/// claimers) exactly one wins. Run against the in-memory fake and the DynamoDB adapter, so the fake stays honest. This half
/// covers the lifecycle and reads; <c>AlertStoreContract.Outbox.cs</c> the notifications.
/// </summary>
public abstract partial class AlertStoreContract
{
    protected static readonly DateTimeOffset At = TestAlerts.At;

    private static readonly TimeSpan Lease = TestAlerts.Lease;
    private static readonly CancellationToken Ct = CancellationToken.None;

    /// <summary>A store holding no alert, on storage of its own.</summary>
    protected abstract Task<IAlertStore> NewStoreAsync();

    [Fact]
    public async Task Apply_FirstOpen_OpenedOwingOpenedUnderLeaseAndStored()
    {
        var store = await NewStoreAsync();

        var change = await ReadAndApplyAsync(store, TestAlerts.Open(2, 1), At);

        Assert.Equal(AlertTransition.Opened, change.Transition);
        Assert.True(change.MustNotify);
        Assert.Equal(
            TestAlerts.Candidate() with { AffectedTasks = TestAlerts.Tasks(1, 2), OpenedAt = At, NotificationLeaseUntil = At + Lease, Version = change.Alert!.Version },
            change.Alert);
        Assert.True(change.Alert.Version > 0);
        Assert.Equal(change.Alert, await GetAsync(store));
    }

    [Fact]
    public async Task Apply_TwentyOpenersAtOnce_ExactlyOneOpenedAndAllListed()
    {
        var store = await NewStoreAsync();

        var changes = await Task.WhenAll(Enumerable.Range(1, 20).Select(i => Task.Run(() => ReadAndApplyAsync(store, TestAlerts.Open(i), At))));
        var alert = await GetAsync(store);

        Assert.Single(changes, c => c.Transition == AlertTransition.Opened);
        Assert.Equal(19, changes.Count(c => c.Transition == AlertTransition.Joined));
        Assert.Equal(TestAlerts.Tasks([.. Enumerable.Range(1, 20)]), alert!.AffectedTasks);
        Assert.Equal((AlertState.Open, NotificationKind.Opened), (alert.State, alert.PendingNotification));
    }

    [Fact]
    public async Task Apply_SameTasksAgain_UnchangedWithoutAWrite()
    {
        var store = await NewStoreAsync();
        var opened = await ReadAndApplyAsync(store, TestAlerts.Open(1, 2), At);

        var again = await store.ApplyAsync(TestAlerts.Open(2, 1), opened.Alert, At.AddMinutes(1), Lease, Ct);

        Assert.Equal(new AlertChange(AlertTransition.Unchanged, opened.Alert), again);
        Assert.False(again.MustNotify);
        Assert.Equal(opened.Alert, await GetAsync(store));
    }

    [Fact]
    public async Task Apply_JoinWithoutMayOpenOnNoAlert_NothingOpensNothingStored()
    {
        var store = await NewStoreAsync();

        var change = await store.ApplyAsync(TestAlerts.Join(1), null, At, Lease, Ct);

        Assert.Equal(new AlertChange(AlertTransition.NotOpen, null), change);
        Assert.Empty(await store.GetManyAsync([TestAlerts.Key()], Ct));
        Assert.Empty(await store.ListAsync(openOnly: false, Ct));
    }

    [Fact]
    public async Task Apply_OneOfTwoTasksLeaves_LeftAndStillOpenWithTheOther()
    {
        var store = await NewStoreAsync();
        await ReadAndApplyAsync(store, TestAlerts.Open(1, 2), At);

        var change = await ReadAndApplyAsync(store, TestAlerts.Leave(1), At.AddMinutes(1));

        Assert.Equal(AlertTransition.Left, change.Transition);
        Assert.Equal((AlertState.Open, TestAlerts.Tasks(2)), (change.Alert!.State, change.Alert.AffectedTasks));
    }

    [Fact]
    public async Task Apply_EveryTaskLeaves_StaysOpenListingNoneAndALaterJoinDoesNotReopen()
    {
        var store = await NewStoreAsync();
        var opened = await ReadAndApplyAsync(store, TestAlerts.Open(1, 2), At);
        await store.CompleteNotificationAsync(opened.Alert!, NotificationKind.Opened, At, Ct);

        var left = await ReadAndApplyAsync(store, TestAlerts.Leave(1, 2), At.AddHours(1));
        var empty = await GetAsync(store);
        var openWhileEmpty = await store.ListAsync(openOnly: true, Ct);
        var joined = await ReadAndApplyAsync(store, TestAlerts.Join(3), At.AddHours(2));

        Assert.Equal(AlertTransition.Left, left.Transition);
        Assert.Equal((AlertState.Open, 0, (DateTimeOffset?)null), (empty!.State, empty.AffectedTasks.Count, empty.ResolvedAt));
        Assert.Equal([TestAlerts.Key()], openWhileEmpty.Select(a => a.Key));
        Assert.Equal(AlertTransition.Joined, joined.Transition);
        Assert.False(joined.MustNotify);
        Assert.Equal((TestAlerts.Tasks(3), At, (NotificationKind?)null), (joined.Alert!.AffectedTasks, joined.Alert.OpenedAt, joined.Alert.PendingNotification));
    }

    [Fact]
    public async Task Apply_TenResolversAtOnce_ExactlyOneResolved()
    {
        var store = await NewStoreAsync();
        await ReadAndApplyAsync(store, TestAlerts.Open(1, 2, 3, 4, 5), At);
        var later = At.AddHours(1);

        var changes = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => ReadAndApplyAsync(store, TestAlerts.Resolve(), later))));
        var alert = await GetAsync(store);

        Assert.Single(changes, c => c.Transition == AlertTransition.Resolved);
        Assert.Equal(9, changes.Count(c => c.Transition == AlertTransition.NotOpen));
        Assert.Equal((AlertState.Resolved, 0, later, TestAlerts.Passing), (alert!.State, alert.AffectedTasks.Count, alert.ResolvedAt, alert.Resolution));
        Assert.Equal((NotificationKind.Resolved, later + Lease), (alert.PendingNotification, alert.NotificationLeaseUntil));
    }

    [Fact]
    public async Task Apply_MayOpenOnResolved_ReopensWithFreshOpenedAtAndKeepsDeliveryHistory()
    {
        var store = await NewStoreAsync();
        var opened = await ReadAndApplyAsync(store, TestAlerts.Open(1), At);
        await store.CompleteNotificationAsync(opened.Alert!, NotificationKind.Opened, At.AddMinutes(1), Ct);
        var resolved = await ReadAndApplyAsync(store, TestAlerts.Resolve(), At.AddHours(1));
        var delivered = await store.CompleteNotificationAsync(resolved.Alert!, NotificationKind.Resolved, At.AddHours(1).AddMinutes(1), Ct);
        var reopenAt = At.AddDays(2);

        var change = await ReadAndApplyAsync(store, TestAlerts.Open(2), reopenAt);

        Assert.Equal(AlertTransition.Opened, change.Transition);
        Assert.Equal(
            TestAlerts.Candidate() with
            {
                AffectedTasks = TestAlerts.Tasks(2), OpenedAt = reopenAt, NotificationLeaseUntil = reopenAt + Lease,
                LastNotifiedAt = At.AddHours(1).AddMinutes(1), NotificationsSent = 2, Version = change.Alert!.Version,
            },
            change.Alert);
        Assert.True(change.Alert.Version > delivered!.Version);
        Assert.Equal(change.Alert, await GetAsync(store));
    }

    [Fact]
    public async Task Apply_TenReopenersAtOnce_ExactlyOneOpened()
    {
        var store = await NewStoreAsync();
        await ReadAndApplyAsync(store, TestAlerts.Open(1), At);
        await ReadAndApplyAsync(store, TestAlerts.Resolve(), At);

        var changes = await Task.WhenAll(Enumerable.Range(1, 10).Select(i => Task.Run(() => ReadAndApplyAsync(store, TestAlerts.Open(i), At.AddHours(1)))));

        Assert.Single(changes, c => c.Transition == AlertTransition.Opened);
        Assert.Equal(9, changes.Count(c => c.Transition == AlertTransition.Joined));
        Assert.Equal(TestAlerts.Tasks([.. Enumerable.Range(1, 10)]), (await GetAsync(store))!.AffectedTasks);
    }

    [Fact]
    public async Task Apply_ReadStaleSinceAnotherRunWrote_DecidedAgainOnTheRecordAsItStands()
    {
        var store = await NewStoreAsync();
        var mine = (await ReadAndApplyAsync(store, TestAlerts.Open(1), At)).Alert;
        var theirs = (await ReadAndApplyAsync(store, TestAlerts.Join(2), At.AddMinutes(1))).Alert;

        var joined = await store.ApplyAsync(TestAlerts.Open(3), mine, At.AddMinutes(2), Lease, Ct);
        var notOpenedTwice = await store.ApplyAsync(TestAlerts.Open(4), null, At.AddMinutes(3), Lease, Ct);

        Assert.Equal((AlertTransition.Joined, TestAlerts.Tasks(1, 2, 3)), (joined.Transition, joined.Alert!.AffectedTasks));
        Assert.True(joined.Alert.Version > theirs!.Version);
        Assert.Equal((AlertTransition.Joined, TestAlerts.Tasks(1, 2, 3, 4)), (notOpenedTwice.Transition, notOpenedTwice.Alert!.AffectedTasks));
        Assert.Equal(notOpenedTwice.Alert, await GetAsync(store));
    }

    /// <summary>
    /// Nobody re-reads for a decision that writes nothing: a store learns of another run's write only from a lost condition.
    /// So the answer is the decision on the record as read, and nothing is written (the next reconcile reads afresh).
    /// </summary>
    [Fact]
    public async Task Apply_ReadStaleAndDecisionWritesNothing_AnswersOnTheReadAndWritesNothing()
    {
        var store = await NewStoreAsync();
        var mine = (await ReadAndApplyAsync(store, TestAlerts.Open(1), At)).Alert;
        var resolved = (await ReadAndApplyAsync(store, TestAlerts.Resolve(), At.AddMinutes(1))).Alert;

        var change = await store.ApplyAsync(TestAlerts.Join(1), mine, At.AddMinutes(2), Lease, Ct);

        Assert.Equal(new AlertChange(AlertTransition.Unchanged, mine), change);
        Assert.Equal(resolved, await GetAsync(store));
    }

    [Fact]
    public async Task GetMany_MoreKeysThanOneBatchTakes_ExactlyTheStoredOnes()
    {
        var store = await NewStoreAsync();
        var stored = new List<AlertRecord>();
        foreach (var i in Enumerable.Range(0, 130))
        {
            stored.Add((await store.ApplyAsync(TestAlerts.OpenOn($"sg-{i:D4}", 1), null, At, Lease, Ct)).Alert!);
        }

        string[] absent = [.. Enumerable.Range(1000, 30).Select(i => TestAlerts.Key($"sg-{i:D4}"))];
        var found = await store.GetManyAsync([.. stored.Select(a => a.Key), .. absent, stored[0].Key], Ct);

        Assert.Equal(stored.ToDictionary(a => a.Key, StringComparer.Ordinal), found.ToDictionary(StringComparer.Ordinal));
        Assert.Empty(await store.GetManyAsync([], Ct));
    }

    [Fact]
    public async Task List_OpenOnlyOrAll_ByState()
    {
        var store = await NewStoreAsync();
        foreach (var group in new[] { "sg-0aaa", "sg-0bbb", "sg-0ccc" })
        {
            await store.ApplyAsync(TestAlerts.OpenOn(group, 1), null, At, Lease, Ct);
        }

        await ReadAndApplyAsync(store, TestAlerts.Resolve("sg-0bbb"), At);
        var open = await store.ListAsync(openOnly: true, Ct);
        var all = await store.ListAsync(openOnly: false, Ct);

        Assert.Equal([TestAlerts.Key("sg-0aaa"), TestAlerts.Key("sg-0ccc")], open.Select(a => a.Key).Order(StringComparer.Ordinal));
        Assert.Equal([TestAlerts.Key("sg-0aaa"), TestAlerts.Key("sg-0bbb"), TestAlerts.Key("sg-0ccc")], all.Select(a => a.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task EveryCall_RecordWithEveryFieldSet_ReadAndListedBackEqual()
    {
        var store = await NewStoreAsync();
        var opened = (await ReadAndApplyAsync(store, TestAlerts.Open(1, 2) with { Handling = "approval required" }, At.AddTicks(7))).Alert!;
        var delivered = (await store.CompleteNotificationAsync(opened, NotificationKind.Opened, At.AddSeconds(1).AddTicks(3), Ct))!;
        var updated = (await store.ApplyAsync(TestAlerts.Join(2) with { Handling = "repair in progress" }, delivered, At.AddMinutes(1), Lease, Ct)).Alert!;
        var resolved = (await store.ApplyAsync(TestAlerts.Resolve(), updated, At.AddHours(1).AddTicks(9), Lease, Ct)).Alert!;
        var claimed = (await store.TryClaimNotificationAsync(resolved, At.AddHours(2), Lease, TestAlerts.Reminder, Ct))!;

        Assert.Equal(
            (AlertState.Resolved, "repair in progress", TestAlerts.Passing, At.AddHours(1).AddTicks(9), At.AddHours(2) + Lease, At.AddSeconds(1).AddTicks(3), 1),
            (claimed.State, claimed.Handling, claimed.Resolution, claimed.ResolvedAt, claimed.NotificationLeaseUntil, claimed.LastNotifiedAt, claimed.NotificationsSent));
        Assert.Equal(claimed, await GetAsync(store));
        Assert.Equal([claimed], await store.ListAsync(openOnly: false, Ct));
        Assert.Equal([claimed], await store.ListPendingNotificationsAsync(Ct));
        long[] versions = [.. new[] { opened, delivered, updated, resolved, claimed }.Select(a => a.Version)];
        Assert.Equal(versions.Distinct().Order(), versions);
    }

    /// <summary>What a reconcile does: read the record, then apply its delta to it.</summary>
    private static async Task<AlertChange> ReadAndApplyAsync(IAlertStore store, AlertDelta delta, DateTimeOffset now) =>
        await store.ApplyAsync(delta, await GetAsync(store, delta.Key), now, Lease, Ct);

    private static async Task<AlertRecord?> GetAsync(IAlertStore store, string? key = null)
    {
        key ??= TestAlerts.Key();
        return (await store.GetManyAsync([key], Ct)).GetValueOrDefault(key);
    }
}
