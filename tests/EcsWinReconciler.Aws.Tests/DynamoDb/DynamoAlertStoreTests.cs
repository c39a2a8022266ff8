using Amazon.DynamoDBv2.Model;
using EcsWinReconciler.Aws.DynamoDb;
using EcsWinReconciler.Core.Alerting;
using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.TestSupport.Dynamo;

namespace EcsWinReconciler.Aws.Tests.DynamoDb;

[Collection(DynaliteFixture.Collection)]
public sealed class DynamoAlertStoreTests(DynaliteFixture dynamo)
{
    private static readonly DateTimeOffset At = TestAlerts.At;

    [Fact]
    public async Task OpenOrJoin_FirstTask_OpenedWithPendingNotificationUnderLease()
    {
        var store = await NewStoreAsync();

        var change = await store.OpenOrJoinAsync(TestAlerts.Candidate(1, At), TestAlerts.Task(1), At, TestAlerts.Lease, CancellationToken.None);

        Assert.Equal(AlertTransition.Opened, change.Transition);
        Assert.True(change.MustNotify);
        Assert.Equal(TestAlerts.Candidate(1, At) with { NotificationLeaseUntil = At + TestAlerts.Lease }, change.Alert);
        Assert.Equal(change.Alert, await store.GetAsync(TestAlerts.Key(), CancellationToken.None));
    }

    [Fact]
    public async Task OpenOrJoin_TwentyTasksConcurrently_ExactlyOneOpenedAndAllListed()
    {
        var store = await NewStoreAsync();

        var changes = await Task.WhenAll(Enumerable.Range(1, 20).Select(i =>
            Task.Run(() => store.OpenOrJoinAsync(TestAlerts.Candidate(i, At), TestAlerts.Task(i), At, TestAlerts.Lease, CancellationToken.None))));
        var alert = await store.GetAsync(TestAlerts.Key(), CancellationToken.None);

        Assert.Single(changes, c => c.Transition == AlertTransition.Opened);
        Assert.Equal(19, changes.Count(c => c.Transition == AlertTransition.Joined));
        Assert.Equal(Enumerable.Range(1, 20).Select(TestAlerts.Task).Order(StringComparer.Ordinal), alert!.AffectedTasks);
        Assert.Equal(AlertState.Open, alert.State);
        Assert.Equal(NotificationKind.Opened, alert.PendingNotification);
    }

    [Fact]
    public async Task OpenOrJoin_TaskAlreadyListed_UnchangedWithoutWrite()
    {
        var store = await NewStoreAsync();
        var opened = await store.OpenOrJoinAsync(TestAlerts.Candidate(1, At), TestAlerts.Task(1), At, TestAlerts.Lease, CancellationToken.None);

        var again = await store.OpenOrJoinAsync(TestAlerts.Candidate(1, At.AddMinutes(1)), TestAlerts.Task(1), At.AddMinutes(1), TestAlerts.Lease, CancellationToken.None);

        Assert.Equal(new AlertChange(AlertTransition.Unchanged, opened.Alert), again);
        Assert.False(again.MustNotify);
    }

    [Fact]
    public async Task Leave_TwentyTasksConcurrently_ExactlyOneResolved()
    {
        var store = await NewStoreAsync();
        foreach (var i in Enumerable.Range(1, 20))
        {
            await store.OpenOrJoinAsync(TestAlerts.Candidate(i, At), TestAlerts.Task(i), At, TestAlerts.Lease, CancellationToken.None);
        }

        var later = At.AddHours(1);
        var changes = await Task.WhenAll(Enumerable.Range(1, 20).Select(i =>
            Task.Run(() => store.LeaveAsync(TestAlerts.Key(), TestAlerts.Task(i), LeaveMode.Leave, later, TestAlerts.Lease, CancellationToken.None))));
        var alert = await store.GetAsync(TestAlerts.Key(), CancellationToken.None);

        Assert.Single(changes, c => c.Transition == AlertTransition.Resolved);
        Assert.Equal(19, changes.Count(c => c.Transition == AlertTransition.Left));
        Assert.Equal(AlertState.Resolved, alert!.State);
        Assert.Empty(alert.AffectedTasks);
        Assert.Equal(later, alert.ResolvedAt);
        Assert.Equal(NotificationKind.Resolved, alert.PendingNotification);
        Assert.Equal(later + TestAlerts.Lease, alert.NotificationLeaseUntil);
    }

    [Fact]
    public async Task Leave_ResolveAllConcurrently_ExactlyOneResolvedRestNotOpen()
    {
        var store = await NewStoreAsync();
        foreach (var i in Enumerable.Range(1, 5))
        {
            await store.OpenOrJoinAsync(TestAlerts.Candidate(i, At), TestAlerts.Task(i), At, TestAlerts.Lease, CancellationToken.None);
        }

        var changes = await Task.WhenAll(Enumerable.Range(1, 10).Select(i =>
            Task.Run(() => store.LeaveAsync(TestAlerts.Key(), TestAlerts.Task(i), LeaveMode.ResolveAll, At.AddHours(1), TestAlerts.Lease, CancellationToken.None))));

        Assert.Single(changes, c => c.Transition == AlertTransition.Resolved);
        Assert.Equal(9, changes.Count(c => c.Transition == AlertTransition.NotOpen));
    }

    [Fact]
    public async Task Leave_OneOfTwoTasks_LeftAndStillOpen()
    {
        var store = await NewStoreAsync();
        await store.OpenOrJoinAsync(TestAlerts.Candidate(1, At), TestAlerts.Task(1), At, TestAlerts.Lease, CancellationToken.None);
        await store.OpenOrJoinAsync(TestAlerts.Candidate(2, At), TestAlerts.Task(2), At, TestAlerts.Lease, CancellationToken.None);

        var change = await store.LeaveAsync(TestAlerts.Key(), TestAlerts.Task(1), LeaveMode.Leave, At, TestAlerts.Lease, CancellationToken.None);

        Assert.Equal(AlertTransition.Left, change.Transition);
        Assert.Equal([TestAlerts.Task(2)], change.Alert!.AffectedTasks);
        Assert.Equal(AlertState.Open, change.Alert.State);
    }

    [Fact]
    public async Task Leave_KeepOpenByTheLastTask_StaysOpenEmptyAndAReplacementJoinsWithoutReopening()
    {
        var store = await NewStoreAsync();
        await store.OpenOrJoinAsync(TestAlerts.Candidate(1, At), TestAlerts.Task(1), At, TestAlerts.Lease, CancellationToken.None);

        var left = await store.LeaveAsync(TestAlerts.Key(), TestAlerts.Task(1), LeaveMode.KeepOpen, At, TestAlerts.Lease, CancellationToken.None);
        var empty = await store.GetAsync(TestAlerts.Key(), CancellationToken.None);
        var joined = await store.OpenOrJoinAsync(TestAlerts.Candidate(2, At), TestAlerts.Task(2), At, TestAlerts.Lease, CancellationToken.None);

        Assert.Equal(AlertTransition.Left, left.Transition);
        Assert.Equal((AlertState.Open, 0), (empty!.State, empty.AffectedTasks.Count));
        Assert.Equal(AlertTransition.Joined, joined.Transition);
        Assert.Equal([TestAlerts.Task(2)], joined.Alert!.AffectedTasks);
        Assert.Contains(await store.ListAsync(openOnly: true, CancellationToken.None), a => a.Key == TestAlerts.Key() && a.AffectedTasks.Count == 1);
    }

    [Fact]
    public async Task Leave_TaskNotListedOrNoAlert_NotOpenAndNothingChanged()
    {
        var store = await NewStoreAsync();
        var missing = await store.LeaveAsync(TestAlerts.Key(), TestAlerts.Task(1), LeaveMode.Leave, At, TestAlerts.Lease, CancellationToken.None);
        var opened = await store.OpenOrJoinAsync(TestAlerts.Candidate(1, At), TestAlerts.Task(1), At, TestAlerts.Lease, CancellationToken.None);

        var stranger = await store.LeaveAsync(TestAlerts.Key(), TestAlerts.Task(9), LeaveMode.Leave, At, TestAlerts.Lease, CancellationToken.None);

        Assert.Equal(new AlertChange(AlertTransition.NotOpen, null), missing);
        Assert.Equal(new AlertChange(AlertTransition.NotOpen, opened.Alert), stranger);
        Assert.Equal(opened.Alert, await store.GetAsync(TestAlerts.Key(), CancellationToken.None));
    }

    [Fact]
    public async Task OpenOrJoin_ResolvedAlert_ReopensWithFreshOpenedAtAndKeepsDeliveryHistory()
    {
        var store = await NewStoreAsync();
        await store.OpenOrJoinAsync(TestAlerts.Candidate(1, At), TestAlerts.Task(1), At, TestAlerts.Lease, CancellationToken.None);
        await store.CompleteNotificationAsync(TestAlerts.Key(), NotificationKind.Opened, At.AddMinutes(1), CancellationToken.None);
        await store.LeaveAsync(TestAlerts.Key(), TestAlerts.Task(1), LeaveMode.Leave, At.AddHours(1), TestAlerts.Lease, CancellationToken.None);
        await store.CompleteNotificationAsync(TestAlerts.Key(), NotificationKind.Resolved, At.AddHours(1).AddMinutes(1), CancellationToken.None);
        var reopenAt = At.AddDays(2);

        var change = await store.OpenOrJoinAsync(TestAlerts.Candidate(2, reopenAt), TestAlerts.Task(2), reopenAt, TestAlerts.Lease, CancellationToken.None);

        Assert.Equal(AlertTransition.Opened, change.Transition);
        Assert.Equal(
            TestAlerts.Candidate(2, reopenAt) with
            {
                NotificationLeaseUntil = reopenAt + TestAlerts.Lease,
                LastNotifiedAt = At.AddHours(1).AddMinutes(1),
                NotificationsSent = 2,
            },
            change.Alert);
        Assert.Equal(change.Alert, await store.GetAsync(TestAlerts.Key(), CancellationToken.None));
    }

    [Fact]
    public async Task OpenOrJoin_TenTasksReopenConcurrently_ExactlyOneOpened()
    {
        var store = await NewStoreAsync();
        await store.OpenOrJoinAsync(TestAlerts.Candidate(1, At), TestAlerts.Task(1), At, TestAlerts.Lease, CancellationToken.None);
        await store.LeaveAsync(TestAlerts.Key(), TestAlerts.Task(1), LeaveMode.ResolveAll, At, TestAlerts.Lease, CancellationToken.None);

        var changes = await Task.WhenAll(Enumerable.Range(1, 10).Select(i =>
            Task.Run(() => store.OpenOrJoinAsync(TestAlerts.Candidate(i, At.AddHours(1)), TestAlerts.Task(i), At.AddHours(1), TestAlerts.Lease, CancellationToken.None))));

        Assert.Single(changes, c => c.Transition == AlertTransition.Opened);
        Assert.Equal(10, (await store.GetAsync(TestAlerts.Key(), CancellationToken.None))!.AffectedTasks.Count);
    }

    [Fact]
    public async Task Resolve_SetsTtlAndReopenRemovesIt()
    {
        var tables = await dynamo.CreateTablesAsync();
        var store = new DynamoAlertStore(dynamo.Client, tables.State, resolvedRetention: TimeSpan.FromDays(30));
        await store.OpenOrJoinAsync(TestAlerts.Candidate(1, At), TestAlerts.Task(1), At, TestAlerts.Lease, CancellationToken.None);
        Assert.False((await RawAsync(tables.State)).ContainsKey(StateTable.TimeToLiveAttribute));

        await store.LeaveAsync(TestAlerts.Key(), TestAlerts.Task(1), LeaveMode.ResolveAll, At, TestAlerts.Lease, CancellationToken.None);
        var resolved = await RawAsync(tables.State);
        await store.OpenOrJoinAsync(TestAlerts.Candidate(1, At.AddDays(1)), TestAlerts.Task(1), At.AddDays(1), TestAlerts.Lease, CancellationToken.None);
        var reopened = await RawAsync(tables.State);

        Assert.Equal(At.AddDays(30).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), resolved[StateTable.TimeToLiveAttribute].N);
        Assert.False(reopened.ContainsKey(StateTable.TimeToLiveAttribute));
    }

    [Fact]
    public async Task List_OpenOnlyOrAll_ByState()
    {
        var store = await NewStoreAsync();
        await store.OpenOrJoinAsync(TestAlerts.Candidate(1, At, "sg-0aaa"), TestAlerts.Task(1), At, TestAlerts.Lease, CancellationToken.None);
        await store.OpenOrJoinAsync(TestAlerts.Candidate(1, At, "sg-0bbb"), TestAlerts.Task(1), At, TestAlerts.Lease, CancellationToken.None);
        await store.OpenOrJoinAsync(TestAlerts.Candidate(1, At, "sg-0ccc"), TestAlerts.Task(1), At, TestAlerts.Lease, CancellationToken.None);
        await store.LeaveAsync(TestAlerts.Key("sg-0bbb"), TestAlerts.Task(1), LeaveMode.Leave, At, TestAlerts.Lease, CancellationToken.None);

        var open = await store.ListAsync(openOnly: true, CancellationToken.None);
        var all = await store.ListAsync(openOnly: false, CancellationToken.None);

        Assert.Equal([TestAlerts.Key("sg-0aaa"), TestAlerts.Key("sg-0ccc")], open.Select(a => a.Key));
        Assert.Equal([TestAlerts.Key("sg-0aaa"), TestAlerts.Key("sg-0bbb"), TestAlerts.Key("sg-0ccc")], all.Select(a => a.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Get_StoredRecordWithEveryField_ReadBackEqual()
    {
        var tables = await dynamo.CreateTablesAsync();
        var record = TestAlerts.Candidate(1, At) with
        {
            State = AlertState.Resolved,
            AffectedTasks = [TestAlerts.Task(1), TestAlerts.Task(2)],
            ResolvedAt = At.AddHours(3).AddTicks(7),
            PendingNotification = NotificationKind.Reminder,
            NotificationLeaseUntil = At.AddHours(3).AddMinutes(2),
            LastNotifiedAt = At.AddHours(2),
            NotificationsSent = 4,
        };
        await dynamo.Client.PutItemAsync(tables.State, AlertItem.Encode(record, version: 9, TimeSpan.FromDays(30)));

        Assert.Equal(record, await new DynamoAlertStore(dynamo.Client, tables.State).GetAsync(record.Key, CancellationToken.None));
    }

    [Fact]
    public async Task Get_StoredStateUnknown_FailsLoudlyWithTheKey()
    {
        var tables = await dynamo.CreateTablesAsync();
        var item = AlertItem.Encode(TestAlerts.Candidate(1, At), version: 1, TimeSpan.FromDays(30));
        item["state"] = new AttributeValue { S = "Snoozed" };
        await dynamo.Client.PutItemAsync(tables.State, item);

        var error = await Assert.ThrowsAsync<AdapterException>(() => new DynamoAlertStore(dynamo.Client, tables.State).GetAsync(TestAlerts.Key(), CancellationToken.None));

        Assert.Equal("dynamodb", error.Component);
        Assert.Contains("ALERT#" + TestAlerts.Key(), error.ResourceId, StringComparison.Ordinal);
        Assert.Contains("unknown AlertState \"Snoozed\"", error.Message, StringComparison.Ordinal);
    }

    private async Task<DynamoAlertStore> NewStoreAsync() => new(dynamo.Client, (await dynamo.CreateTablesAsync()).State);

    private async Task<Dictionary<string, AttributeValue>> RawAsync(string table) =>
        (await dynamo.Client.GetItemAsync(table, new Dictionary<string, AttributeValue> { ["pk"] = new() { S = "ALERT#" + TestAlerts.Key() }, ["sk"] = new() { S = "ALERT" } }, consistentRead: true)).Item;
}
