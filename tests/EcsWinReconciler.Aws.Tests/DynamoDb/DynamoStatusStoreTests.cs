using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using EcsWinReconciler.Aws.DynamoDb;
using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.TestSupport.Dynamo;
using EcsWinReconciler.TestSupport.Specimens;
using Microsoft.Extensions.Time.Testing;

namespace EcsWinReconciler.Aws.Tests.DynamoDb;

/// <summary>What only the DynamoDB status store shows; the behaviour every status store has is in <see cref="DynamoStatusStoreContractTests"/>.</summary>
[Collection(DynaliteFixture.Collection)]
public sealed class DynamoStatusStoreTests(DynaliteFixture dynamo)
{
    private readonly FakeTimeProvider _time = new(TestStatuses.At);

    [Fact]
    public async Task Put_NewStatus_WrittenAndEveryFieldReadBack()
    {
        var tables = await dynamo.CreateTablesAsync();
        var status = TestStatuses.Status("t1") with { ExpiresAt = TestStatuses.At.AddDays(7).AddTicks(42) };

        var result = await new DynamoStatusStore(dynamo.Client, tables.State, _time).PutAsync(status, CancellationToken.None);
        var read = await new DynamoStatusStore(dynamo.Client, tables.State, _time).GetAsync(status.TaskArn, CancellationToken.None);

        Assert.Equal(StatusWriteResult.Written, result);
        Assert.Equal(status, read);
        Assert.Equal(status.Conditions[0].LastTransitionTime, read!.Conditions[0].LastTransitionTime);
        Assert.Equal(status.UpdatedAt, read.UpdatedAt);
    }

    [Fact]
    public async Task Put_MinimalStatus_OptionalFieldsReadBackAsNull()
    {
        var tables = await dynamo.CreateTablesAsync();
        var status = TestStatuses.Status("t1") with { SpecName = null, Conditions = [], Findings = [], Judgement = JudgementKind.Skipped, Reason = "" };
        var store = new DynamoStatusStore(dynamo.Client, tables.State, _time);

        await store.PutAsync(status, CancellationToken.None);

        Assert.Equal(status, await new DynamoStatusStore(dynamo.Client, tables.State, _time).GetAsync(status.TaskArn, CancellationToken.None));
    }

    [Fact]
    public async Task Put_SameContentWhenWarm_UnchangedWithoutAnyCall()
    {
        var tables = await dynamo.CreateTablesAsync();
        var (client, counter) = CountingDynamoDb.Wrap(dynamo.Client);
        var store = new DynamoStatusStore(client, tables.State, _time);
        var status = TestStatuses.Status("t1");
        await store.PutAsync(status, CancellationToken.None);
        var callsAfterFirst = counter.Total;

        var result = await store.PutAsync(TestStatuses.Later(status), CancellationToken.None);

        Assert.Equal(StatusWriteResult.Unchanged, result);
        Assert.Equal(callsAfterFirst, counter.Total);
    }

    [Fact]
    public async Task Put_ChangedContentWhenWarm_OneConditionalPutAndNoRead()
    {
        var tables = await dynamo.CreateTablesAsync();
        var (client, counter) = CountingDynamoDb.Wrap(dynamo.Client);
        var store = new DynamoStatusStore(client, tables.State, _time);
        await store.PutAsync(TestStatuses.Status("t1", version: 1), CancellationToken.None);
        var (reads, puts) = (counter.Calls(nameof(IAmazonDynamoDB.GetItemAsync)), counter.Calls(nameof(IAmazonDynamoDB.PutItemAsync)));

        var result = await store.PutAsync(TestStatuses.Status("t1", version: 2, reason: "changed"), CancellationToken.None);

        Assert.Equal(StatusWriteResult.Written, result);
        Assert.Equal((reads, puts + 1), (counter.Calls(nameof(IAmazonDynamoDB.GetItemAsync)), counter.Calls(nameof(IAmazonDynamoDB.PutItemAsync))));
    }

    /// <summary>Issue 17: a sweep judged the task from its listing and found it changed: one conditional put, no read.</summary>
    [Fact]
    public async Task PutAfterListing_ChangedStatusOfAListedTask_OneConditionalPutAndNoRead()
    {
        var tables = await dynamo.CreateTablesAsync();
        await new DynamoStatusStore(dynamo.Client, tables.State, _time).PutAsync(TestStatuses.Status("t1", version: 1), CancellationToken.None);
        var (client, counter) = CountingDynamoDb.Wrap(dynamo.Client);
        var store = new DynamoStatusStore(client, tables.State, _time);
        var listed = Assert.Single(await store.ListAsync(TestStatuses.ProdCluster, "iis", CancellationToken.None));

        var result = await store.PutAfterListingAsync(TestStatuses.Status("t1", version: 1, reason: "changed"), listed, CancellationToken.None);

        Assert.Equal(StatusWriteResult.Written, result);
        Assert.Equal((0, 1), (counter.Calls(nameof(IAmazonDynamoDB.GetItemAsync)), counter.Calls(nameof(IAmazonDynamoDB.PutItemAsync))));
        Assert.Equal("changed", (await store.GetAsync(TestStatuses.TaskArn("win-prod", "t1"), CancellationToken.None))!.Reason);
    }

    /// <summary>
    /// A first resync that runs for minutes: every new task the listing did not return is written with no read, however
    /// long ago the run listed (the status cache's minute has nothing to do with it).
    /// </summary>
    [Fact]
    public async Task PutAfterListing_NewTaskMinutesAfterTheListing_WrittenWithNoRead()
    {
        var tables = await dynamo.CreateTablesAsync();
        var (client, counter) = CountingDynamoDb.Wrap(dynamo.Client);
        var store = new DynamoStatusStore(client, tables.State, _time);
        Assert.Empty(await store.ListAsync(TestStatuses.ProdCluster, "iis", CancellationToken.None));
        _time.Advance(TimeSpan.FromMinutes(10));

        var result = await store.PutAfterListingAsync(TestStatuses.Status("t1"), null, CancellationToken.None);

        Assert.Equal(StatusWriteResult.Written, result);
        Assert.Equal((0, 1), (counter.Calls(nameof(IAmazonDynamoDB.GetItemAsync)), counter.Calls(nameof(IAmazonDynamoDB.PutItemAsync))));
    }

    /// <summary>The listing's index had not shown a status written just before: the write still refuses to go below it.</summary>
    [Fact]
    public async Task PutAfterListing_ListingMissedANewerStatus_Stale()
    {
        var tables = await dynamo.CreateTablesAsync();
        var other = new DynamoStatusStore(dynamo.Client, tables.State, _time);
        await other.PutAsync(TestStatuses.Status("t1", version: 5, reason: "newer"), CancellationToken.None);
        var store = new DynamoStatusStore(dynamo.Client, tables.State, _time);

        var result = await store.PutAfterListingAsync(TestStatuses.Status("t1", version: 4, reason: "older"), null, CancellationToken.None);

        Assert.Equal(StatusWriteResult.Stale, result);
        Assert.Equal("newer", (await other.GetAsync(TestStatuses.TaskArn("win-prod", "t1"), CancellationToken.None))!.Reason);
    }

    /// <summary>A newer event's status landed after the listing: the write's condition fails, and the store reads and says stale.</summary>
    [Fact]
    public async Task PutAfterListing_OlderThanWhatLandedSinceTheListing_Stale()
    {
        var tables = await dynamo.CreateTablesAsync();
        var other = new DynamoStatusStore(dynamo.Client, tables.State, _time);
        await other.PutAsync(TestStatuses.Status("t1", version: 1), CancellationToken.None);
        var store = new DynamoStatusStore(dynamo.Client, tables.State, _time);
        var listed = Assert.Single(await store.ListAsync(TestStatuses.ProdCluster, "iis", CancellationToken.None));
        await other.PutAsync(TestStatuses.Status("t1", version: 3, reason: "newer"), CancellationToken.None);

        var result = await store.PutAfterListingAsync(TestStatuses.Status("t1", version: 2, reason: "older"), listed, CancellationToken.None);

        Assert.Equal(StatusWriteResult.Stale, result);
        Assert.Equal("newer", (await other.GetAsync(TestStatuses.TaskArn("win-prod", "t1"), CancellationToken.None))!.Reason);
    }

    [Fact]
    public async Task Put_SameContentWhenCold_UnchangedAfterOneReadAndNoWrite()
    {
        var tables = await dynamo.CreateTablesAsync();
        var status = TestStatuses.Status("t1");
        await new DynamoStatusStore(dynamo.Client, tables.State, _time).PutAsync(status, CancellationToken.None);
        var (client, counter) = CountingDynamoDb.Wrap(dynamo.Client);

        var result = await new DynamoStatusStore(client, tables.State, _time).PutAsync(TestStatuses.Later(status), CancellationToken.None);

        Assert.Equal(StatusWriteResult.Unchanged, result);
        Assert.Equal(1, counter.Calls(nameof(IAmazonDynamoDB.GetItemAsync)));
        Assert.Equal(1, counter.Total);
        Assert.Equal(status.UpdatedAt, (await new DynamoStatusStore(dynamo.Client, tables.State, _time).GetAsync(status.TaskArn, CancellationToken.None))!.UpdatedAt);
    }

    [Fact]
    public async Task Put_CacheOlderThanMaxAge_ReadsAgain()
    {
        var tables = await dynamo.CreateTablesAsync();
        var (client, counter) = CountingDynamoDb.Wrap(dynamo.Client);
        var store = new DynamoStatusStore(client, tables.State, _time, cacheMaxAge: TimeSpan.FromMinutes(5));
        var status = TestStatuses.Status("t1");
        await store.PutAsync(status, CancellationToken.None);
        var readsBefore = counter.Calls(nameof(IAmazonDynamoDB.GetItemAsync));
        _time.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal(StatusWriteResult.Unchanged, await store.PutAsync(TestStatuses.Later(status), CancellationToken.None));
        Assert.Equal(readsBefore + 1, counter.Calls(nameof(IAmazonDynamoDB.GetItemAsync)));
    }

    [Fact]
    public async Task Get_SeenWithinMaxAge_AnsweredWithoutACallThenReadAgain()
    {
        var tables = await dynamo.CreateTablesAsync();
        var (client, counter) = CountingDynamoDb.Wrap(dynamo.Client);
        var store = new DynamoStatusStore(client, tables.State, _time);
        var status = TestStatuses.Status("t1");
        await store.PutAsync(status, CancellationToken.None);
        var callsAfterPut = counter.Total;

        var warm = await store.GetAsync(status.TaskArn, CancellationToken.None);
        _time.Advance(DynamoStatusStore.DefaultCacheMaxAge);
        var cold = await store.GetAsync(status.TaskArn, CancellationToken.None);

        Assert.Equal((status, status), (warm, cold));
        Assert.Equal(callsAfterPut + 1, counter.Total);
    }

    [Fact]
    public async Task Get_Absent_RememberedSoThePutThatFollowsWritesWithoutReading()
    {
        var tables = await dynamo.CreateTablesAsync();
        var (client, counter) = CountingDynamoDb.Wrap(dynamo.Client);
        var store = new DynamoStatusStore(client, tables.State, _time);
        var status = TestStatuses.Status("t1");

        Assert.Null(await store.GetAsync(status.TaskArn, CancellationToken.None));
        Assert.Null(await store.GetAsync(status.TaskArn, CancellationToken.None));
        Assert.Equal(StatusWriteResult.Written, await store.PutAsync(status, CancellationToken.None));

        Assert.Equal((1, 1), (counter.Calls(nameof(IAmazonDynamoDB.GetItemAsync)), counter.Calls(nameof(IAmazonDynamoDB.PutItemAsync))));
    }

    [Fact]
    public async Task Put_NewerEventSameContentWhenWarm_NoCallAtAll()
    {
        var tables = await dynamo.CreateTablesAsync();
        var (client, counter) = CountingDynamoDb.Wrap(dynamo.Client);
        var store = new DynamoStatusStore(client, tables.State, _time);
        var status = TestStatuses.Status("t1", version: 5);
        await store.PutAsync(status, CancellationToken.None);
        var callsAfterFirst = counter.Total;

        await store.PutAsync(TestStatuses.Later(status) with { LastEventVersion = 6 }, CancellationToken.None);

        Assert.Equal(callsAfterFirst, counter.Total);
    }

    [Fact]
    public async Task Put_OlderEventVersion_StaleAndNewerStatusKept()
    {
        var tables = await dynamo.CreateTablesAsync();
        var newer = TestStatuses.Status("t1", version: 5, reason: "newer");
        await new DynamoStatusStore(dynamo.Client, tables.State, _time).PutAsync(newer, CancellationToken.None);

        var warm = await new DynamoStatusStore(dynamo.Client, tables.State, _time).PutAsync(TestStatuses.Status("t1", version: 3, reason: "older"), CancellationToken.None);
        var store = new DynamoStatusStore(dynamo.Client, tables.State, _time);
        await store.PutAsync(newer, CancellationToken.None);
        var cached = await store.PutAsync(TestStatuses.Status("t1", version: 4, reason: "older"), CancellationToken.None);

        Assert.Equal(StatusWriteResult.Stale, warm);
        Assert.Equal(StatusWriteResult.Stale, cached);
        Assert.Equal(newer, await new DynamoStatusStore(dynamo.Client, tables.State, _time).GetAsync(newer.TaskArn, CancellationToken.None));
    }

    [Fact]
    public async Task Put_NewerEventLandedSinceThisProcessLastLooked_StaleByTheWriteCondition()
    {
        var tables = await dynamo.CreateTablesAsync();
        var slow = new DynamoStatusStore(dynamo.Client, tables.State, _time);
        var fast = new DynamoStatusStore(dynamo.Client, tables.State, _time);
        await slow.PutAsync(TestStatuses.Status("t1", version: 3, reason: "v3"), CancellationToken.None);
        await fast.PutAsync(TestStatuses.Status("t1", version: 5, reason: "v5"), CancellationToken.None);

        var result = await slow.PutAsync(TestStatuses.Status("t1", version: 4, reason: "v4"), CancellationToken.None);

        Assert.Equal(StatusWriteResult.Stale, result);
        Assert.Equal("v5", (await fast.GetAsync(TestStatuses.Status("t1").TaskArn, CancellationToken.None))!.Reason);
    }

    [Fact]
    public async Task Put_TwentyVersionsConcurrently_HighestVersionEndsStored()
    {
        var tables = await dynamo.CreateTablesAsync();
        var stores = Enumerable.Range(0, 4).Select(_ => new DynamoStatusStore(dynamo.Client, tables.State, _time)).ToList();

        var results = await Task.WhenAll(Enumerable.Range(1, 20).Select(v =>
            Task.Run(() => stores[v % stores.Count].PutAsync(TestStatuses.Status("t1", version: v, reason: $"v{v}"), CancellationToken.None))));
        var stored = await new DynamoStatusStore(dynamo.Client, tables.State, _time).GetAsync(TestStatuses.Status("t1").TaskArn, CancellationToken.None);

        Assert.Equal(20, stored!.LastEventVersion);
        Assert.Equal("v20", stored.Reason);
        Assert.Equal(StatusWriteResult.Written, results[^1]);
        Assert.All(results, r => Assert.NotEqual(StatusWriteResult.Unchanged, r));
    }

    [Fact]
    public async Task Put_StoppedTask_TtlAttributeIsExpiryInEpochSeconds()
    {
        var tables = await dynamo.CreateTablesAsync();
        var expiresAt = new DateTimeOffset(2025, 12, 2, 10, 0, 0, TimeSpan.Zero).AddMilliseconds(250);
        var status = TestStatuses.Status("t1") with { LastStatus = "STOPPED", Judgement = JudgementKind.Stopped, ExpiresAt = expiresAt };

        await new DynamoStatusStore(dynamo.Client, tables.State, _time).PutAsync(status, CancellationToken.None);
        var item = await RawAsync(tables.State, status.TaskArn);

        Assert.Equal((expiresAt.ToUnixTimeSeconds() + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), item[StateTable.TimeToLiveAttribute].N);
    }

    [Fact]
    public async Task Put_RunningTask_NoTtlAttribute()
    {
        var tables = await dynamo.CreateTablesAsync();
        var status = TestStatuses.Status("t1");

        await new DynamoStatusStore(dynamo.Client, tables.State, _time).PutAsync(status, CancellationToken.None);

        Assert.False((await RawAsync(tables.State, status.TaskArn)).ContainsKey(StateTable.TimeToLiveAttribute));
    }

    [Fact]
    public async Task Get_StoredJudgementUnknown_FailsLoudlyWithTheKey()
    {
        var tables = await dynamo.CreateTablesAsync();
        var status = TestStatuses.Status("t1");
        await new DynamoStatusStore(dynamo.Client, tables.State, _time).PutAsync(status, CancellationToken.None);
        await dynamo.Client.UpdateItemAsync(new UpdateItemRequest
        {
            TableName = tables.State,
            Key = new() { ["pk"] = new() { S = "TASK#" + status.TaskArn }, ["sk"] = new() { S = "STATUS" } },
            UpdateExpression = "SET judgement = :j",
            ExpressionAttributeValues = new() { [":j"] = new() { S = "Exploded" } },
        });

        var error = await Assert.ThrowsAsync<AdapterException>(() => new DynamoStatusStore(dynamo.Client, tables.State, _time).GetAsync(status.TaskArn, CancellationToken.None));

        Assert.Contains("TASK#" + status.TaskArn, error.ResourceId, StringComparison.Ordinal);
        Assert.Contains("unknown JudgementKind \"Exploded\"", error.Message, StringComparison.Ordinal);
    }

    private async Task<Dictionary<string, AttributeValue>> RawAsync(string table, string taskArn) =>
        (await dynamo.Client.GetItemAsync(table, new Dictionary<string, AttributeValue> { ["pk"] = new() { S = "TASK#" + taskArn }, ["sk"] = new() { S = "STATUS" } }, consistentRead: true)).Item;
}
