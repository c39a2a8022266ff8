using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using EcsWinReconciler.Aws.DynamoDb;
using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.TestSupport.Dynamo;
using Microsoft.Extensions.Time.Testing;

namespace EcsWinReconciler.Aws.Tests.DynamoDb;

/// <summary>What only the DynamoDB spec store shows; the behaviour every spec store has is in <see cref="DynamoSpecStoreContractTests"/>.</summary>
[Collection(DynaliteFixture.Collection)]
public sealed class DynamoSpecStoreTests(DynaliteFixture dynamo)
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 11, 25, 9, 30, 0, TimeSpan.Zero));

    [Fact]
    public async Task Apply_SameDocumentTwice_SecondIsUnchangedAndWritesNothing()
    {
        var (store, tables) = await NewStoreWithTablesAsync();
        var document = TestSpecs.Document("iis-web");
        await store.ApplyAsync(TestSpecs.Spec("iis-web"), document, null, CancellationToken.None);
        var firstWrite = await RawUpdatedAtAsync(tables.Specs, "iis-web");
        _time.Advance(TimeSpan.FromMinutes(5));

        var again = await store.ApplyAsync(TestSpecs.Spec("iis-web"), document, null, CancellationToken.None);

        Assert.Equal(new SpecApplyResult(SpecApplyOutcome.Unchanged, 1), again);
        Assert.Equal(firstWrite, await RawUpdatedAtAsync(tables.Specs, "iis-web"));
    }

    [Fact]
    public async Task Apply_ChangedDocument_UpdatedAtAttributeIsTheWriteTime()
    {
        var (store, tables) = await NewStoreWithTablesAsync();
        await store.ApplyAsync(TestSpecs.Spec("iis-web"), TestSpecs.Document("iis-web", revision: 1), null, CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(5));

        await store.ApplyAsync(TestSpecs.Spec("iis-web"), TestSpecs.Document("iis-web", revision: 2), null, CancellationToken.None);

        Assert.Equal("2025-11-25T09:35:00.0000000Z", await RawUpdatedAtAsync(tables.Specs, "iis-web"));
    }

    [Fact]
    public async Task Get_DocumentNoLongerParses_ThrowsNamingTheSpec()
    {
        var store = await NewStoreAsync();
        await store.ApplyAsync(TestSpecs.Spec("iis-web"), "family: iis\n", null, CancellationToken.None);

        var error = await Assert.ThrowsAsync<AdapterException>(() => store.GetAsync("iis-web", CancellationToken.None));

        Assert.Equal("dynamodb", error.Component);
        Assert.Equal("InvalidStoredSpec", error.ErrorCode);
        Assert.Contains("\"iis-web\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("metadata.name is required", error.Message, StringComparison.Ordinal);
        Assert.False(error.IsTransient);
    }

    [Fact]
    public async Task List_OneDocumentNoLongerParses_ThrowsNamingItInsteadOfDroppingIt()
    {
        var store = await NewStoreAsync();
        await store.ApplyAsync(TestSpecs.Spec("good"), TestSpecs.Document("good"), null, CancellationToken.None);
        await store.ApplyAsync(TestSpecs.Spec("broken"), "family: iis\n", null, CancellationToken.None);

        var error = await Assert.ThrowsAsync<AdapterException>(() => store.ListAsync(CancellationToken.None));

        Assert.Contains("\"broken\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_DocumentNamesAnotherSpec_ThrowsNamingBoth()
    {
        var (store, tables) = await NewStoreWithTablesAsync();
        await dynamo.Client.PutItemAsync(tables.Specs, new Dictionary<string, AttributeValue>
        {
            ["name"] = new() { S = "iis-web" },
            ["document"] = new() { S = TestSpecs.Document("other") },
            ["generation"] = new() { N = "4" },
            ["updatedAt"] = new() { S = "2025-11-25T09:30:00.0000000Z" },
        });

        var error = await Assert.ThrowsAsync<AdapterException>(() => store.GetAsync("iis-web", CancellationToken.None));

        Assert.Contains("\"iis-web\" (generation 4)", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"other\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_WithinMaxAge_KeptThenScannedAgain()
    {
        var tables = await dynamo.CreateTablesAsync();
        var (client, counter) = CountingDynamoDb.Wrap(dynamo.Client);
        var store = new DynamoSpecStore(client, tables.Specs, TestSpecs.Parse, _time);
        await store.ApplyAsync(TestSpecs.Spec("web"), TestSpecs.Document("web"), null, CancellationToken.None);

        await store.ListAsync(CancellationToken.None);
        await store.ListAsync(CancellationToken.None);
        _time.Advance(DynamoSpecStore.DefaultListMaxAge);
        await store.ListAsync(CancellationToken.None);

        Assert.Equal(2, counter.Calls(nameof(IAmazonDynamoDB.ScanAsync)));
    }

    [Fact]
    public async Task List_AfterApplyOrDeleteOrForget_ScannedAfresh()
    {
        var tables = await dynamo.CreateTablesAsync();
        var (client, counter) = CountingDynamoDb.Wrap(dynamo.Client);
        var store = new DynamoSpecStore(client, tables.Specs, TestSpecs.Parse, _time);
        var other = new DynamoSpecStore(dynamo.Client, tables.Specs, TestSpecs.Parse, _time);
        await store.ApplyAsync(TestSpecs.Spec("web"), TestSpecs.Document("web"), null, CancellationToken.None);
        await store.ListAsync(CancellationToken.None);

        await store.ApplyAsync(TestSpecs.Spec("api"), TestSpecs.Document("api"), null, CancellationToken.None);
        var afterApply = await store.ListAsync(CancellationToken.None);
        await store.DeleteAsync("web", null, CancellationToken.None);
        var afterDelete = await store.ListAsync(CancellationToken.None);
        await other.ApplyAsync(TestSpecs.Spec("batch"), TestSpecs.Document("batch"), null, CancellationToken.None);
        var beforeForget = await store.ListAsync(CancellationToken.None);
        store.Forget();
        var afterForget = await store.ListAsync(CancellationToken.None);

        Assert.Equal(["api", "web"], afterApply.Select(s => s.Name));
        Assert.Equal(["api"], afterDelete.Select(s => s.Name));
        Assert.Equal(["api"], beforeForget.Select(s => s.Name));
        Assert.Equal(["api", "batch"], afterForget.Select(s => s.Name));
        Assert.Equal(4, counter.Calls(nameof(IAmazonDynamoDB.ScanAsync)));
    }

    [Fact]
    public async Task Apply_TableMissing_AdapterExceptionWithTableAndKey()
    {
        var store = new DynamoSpecStore(dynamo.Client, "no-such-table", TestSpecs.Parse, _time);

        var error = await Assert.ThrowsAsync<AdapterException>(() => store.ApplyAsync(TestSpecs.Spec("iis-web"), TestSpecs.Document("iis-web"), null, CancellationToken.None));

        Assert.Equal("ApplySpec", error.Operation);
        Assert.Equal("no-such-table:iis-web", error.ResourceId);
        Assert.Equal("ResourceNotFoundException", error.ErrorCode);
        Assert.False(error.IsTransient);
    }

    private async Task<DynamoSpecStore> NewStoreAsync() => (await NewStoreWithTablesAsync()).Store;

    private async Task<(DynamoSpecStore Store, DynamoTableNames Tables)> NewStoreWithTablesAsync()
    {
        var tables = await dynamo.CreateTablesAsync();
        return (new DynamoSpecStore(dynamo.Client, tables.Specs, TestSpecs.Parse, _time), tables);
    }

    private async Task<string> RawUpdatedAtAsync(string table, string name)
    {
        var item = await dynamo.Client.GetItemAsync(table, new Dictionary<string, AttributeValue> { ["name"] = new() { S = name } }, consistentRead: true);
        return item.Item["updatedAt"].S;
    }
}
