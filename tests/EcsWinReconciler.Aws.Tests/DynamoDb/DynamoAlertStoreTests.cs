using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using EcsWinReconciler.Aws.DynamoDb;
using EcsWinReconciler.Core.Alerting;
using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.TestSupport.Dynamo;
using EcsWinReconciler.TestSupport.Specimens;

namespace EcsWinReconciler.Aws.Tests.DynamoDb;

/// <summary>What only the DynamoDB store does (the behaviour every store shares is <c>DynamoAlertStoreContractTests</c>): items, TTL, calls.</summary>
[Collection(DynaliteFixture.Collection)]
public sealed class DynamoAlertStoreTests(DynaliteFixture dynamo)
{
    private static readonly DateTimeOffset At = TestAlerts.At;
    private static readonly TimeSpan Lease = TestAlerts.Lease;
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task Resolve_ResolvedAlert_ExpiresAfterRetentionAndAReopenRemovesIt()
    {
        var tables = await dynamo.CreateTablesAsync();
        var store = new DynamoAlertStore(dynamo.Client, tables.State, resolvedRetention: TimeSpan.FromDays(30), StatePlace.Home);
        var opened = await store.ApplyAsync(TestAlerts.Open(1), null, At, Lease, Ct);
        var open = await RawAsync(tables.State);

        var resolved = await store.ApplyAsync(TestAlerts.Resolve(), opened.Alert, At.AddHours(1), Lease, Ct);
        var whileResolved = await RawAsync(tables.State);
        await store.ApplyAsync(TestAlerts.Open(1), resolved.Alert, At.AddDays(1), Lease, Ct);
        var reopened = await RawAsync(tables.State);

        Assert.False(open.ContainsKey(StateTable.TimeToLiveAttribute));
        Assert.Equal(At.AddHours(1).AddDays(30).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), whileResolved[StateTable.TimeToLiveAttribute].N);
        Assert.False(reopened.ContainsKey(StateTable.TimeToLiveAttribute));
    }

    [Fact]
    public async Task GetMany_ItemWithEveryFieldSet_DecodedEqual()
    {
        var tables = await dynamo.CreateTablesAsync();
        var record = TestAlerts.Candidate() with
        {
            State = AlertState.Resolved,
            AffectedTasks = TestAlerts.Tasks(1, 2),
            OpenedAt = At.AddTicks(1),
            ResolvedAt = At.AddHours(3).AddTicks(7),
            PendingNotification = NotificationKind.Reminder,
            NotificationLeaseUntil = At.AddHours(3).AddMinutes(2),
            LastNotifiedAt = At.AddHours(2),
            NotificationsSent = 4,
            Handling = "repair in progress: service update",
            Resolution = AlertResolution.RepairedByUs("revoke sgr-0123", At.AddHours(3)),
            Version = 9,
        };
        await dynamo.Client.PutItemAsync(tables.State, AlertItem.Encode(record, TimeSpan.FromDays(30), StatePlace.Home), Ct);

        var found = await new DynamoAlertStore(dynamo.Client, tables.State).GetManyAsync([record.Key], Ct);

        Assert.Equal(record, found[record.Key]);
    }

    [Fact]
    public async Task GetMany_StoredStateUnknown_FailsLoudlyNamingTheKey()
    {
        var tables = await dynamo.CreateTablesAsync();
        var item = AlertItem.Encode(TestAlerts.Candidate() with { AffectedTasks = TestAlerts.Tasks(1), Version = 1 }, TimeSpan.FromDays(30), StatePlace.Home);
        item[AlertItem.State] = new AttributeValue { S = "Snoozed" };
        await dynamo.Client.PutItemAsync(tables.State, item, Ct);

        var error = await Assert.ThrowsAsync<AdapterException>(() => new DynamoAlertStore(dynamo.Client, tables.State).GetManyAsync([TestAlerts.Key()], Ct));

        Assert.Equal("dynamodb", error.Component);
        Assert.Contains("ALERT#" + TestAlerts.Key(), error.ResourceId, StringComparison.Ordinal);
        Assert.Contains("unknown AlertState \"Snoozed\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetMany_MoreKeysThanOneBatchTakes_OneBatchGetPerHundredKeys()
    {
        var tables = await dynamo.CreateTablesAsync();
        var (client, counter) = CountingDynamoDb.Wrap(dynamo.Client);
        var keys = Enumerable.Range(0, DynamoAlertStore.BatchGetLimit + 1).Select(i => TestAlerts.Key($"sg-{i:D4}")).ToList();

        var found = await new DynamoAlertStore(client, tables.State).GetManyAsync([.. keys, .. keys], Ct);

        Assert.Empty(found);
        Assert.Equal((2, 2), (counter.Calls(nameof(IAmazonDynamoDB.BatchGetItemAsync)), counter.Total));
    }

    [Fact]
    public async Task Apply_DecisionWritesNothing_NoCallAtAll()
    {
        var tables = await dynamo.CreateTablesAsync();
        var (client, counter) = CountingDynamoDb.Wrap(dynamo.Client);
        var store = new DynamoAlertStore(client, tables.State);
        var opened = await store.ApplyAsync(TestAlerts.Open(1), null, At, Lease, Ct);
        var callsAfterOpen = counter.Total;

        await store.ApplyAsync(TestAlerts.Open(1), opened.Alert, At.AddMinutes(1), Lease, Ct);
        await store.ApplyAsync(TestAlerts.Join(1), null, At.AddMinutes(1), Lease, Ct);

        Assert.Equal((1, callsAfterOpen), (counter.Calls(nameof(IAmazonDynamoDB.PutItemAsync)), counter.Total));
    }

    [Fact]
    public async Task Apply_ReadStale_OneLostPutOneReadAndOnePut()
    {
        var tables = await dynamo.CreateTablesAsync();
        var first = new DynamoAlertStore(dynamo.Client, tables.State);
        var stale = (await first.ApplyAsync(TestAlerts.Open(1), null, At, Lease, Ct)).Alert;
        await first.ApplyAsync(TestAlerts.Join(2), stale, At, Lease, Ct);
        var (client, counter) = CountingDynamoDb.Wrap(dynamo.Client);

        var change = await new DynamoAlertStore(client, tables.State).ApplyAsync(TestAlerts.Join(3), stale, At.AddMinutes(1), Lease, Ct);

        Assert.Equal(TestAlerts.Tasks(1, 2, 3), change.Alert!.AffectedTasks);
        Assert.Equal((2, 1, 3), (counter.Calls(nameof(IAmazonDynamoDB.PutItemAsync)), counter.Calls(nameof(IAmazonDynamoDB.GetItemAsync)), counter.Total));
    }

    private async Task<Dictionary<string, AttributeValue>> RawAsync(string table) =>
        (await dynamo.Client.GetItemAsync(table, StateKeys.Alert(StatePlace.Home, TestAlerts.Key()), consistentRead: true, Ct)).Item;
}
