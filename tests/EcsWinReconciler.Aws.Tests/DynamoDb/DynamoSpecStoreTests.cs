using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using EcsWinReconciler.Aws.DynamoDb;
using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.TestSupport.Dynamo;
using Microsoft.Extensions.Time.Testing;

namespace EcsWinReconciler.Aws.Tests.DynamoDb;

[Collection(DynaliteFixture.Collection)]
public sealed class DynamoSpecStoreTests(DynaliteFixture dynamo)
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 11, 25, 9, 30, 0, TimeSpan.Zero));

    [Fact]
    public async Task Apply_NewSpec_CreatedAtGenerationOneAndReadBack()
    {
        var store = await NewStoreAsync();
        var document = TestSpecs.Document("iis-web");

        var result = await store.ApplyAsync(TestSpecs.Spec("iis-web"), document, null, CancellationToken.None);
        var stored = await store.GetAsync("iis-web", CancellationToken.None);

        Assert.Equal(new SpecApplyResult(SpecApplyOutcome.Created, 1), result);
        Assert.NotNull(stored);
        Assert.Equal(1, stored.Generation);
        Assert.Equal(document, stored.Document);
        Assert.Equal(TestSpecs.Spec("iis-web"), stored.Spec);
    }

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
    public async Task Apply_ChangedDocument_UpdatedAtNextGenerationWithItsTime()
    {
        var (store, tables) = await NewStoreWithTablesAsync();
        await store.ApplyAsync(TestSpecs.Spec("iis-web"), TestSpecs.Document("iis-web", revision: 1), null, CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(5));

        var result = await store.ApplyAsync(TestSpecs.Spec("iis-web"), TestSpecs.Document("iis-web", revision: 2), null, CancellationToken.None);

        Assert.Equal(new SpecApplyResult(SpecApplyOutcome.Updated, 2), result);
        Assert.Equal("2025-11-25T09:35:00.0000000Z", await RawUpdatedAtAsync(tables.Specs, "iis-web"));
        Assert.Equal(TestSpecs.Document("iis-web", revision: 2), (await store.GetAsync("iis-web", CancellationToken.None))!.Document);
    }

    [Fact]
    public async Task Apply_TenConcurrentChanges_EachLandsWithItsOwnGeneration()
    {
        var store = await NewStoreAsync();
        var documents = Enumerable.Range(1, 10).Select(i => TestSpecs.Document("iis-web", revision: i)).ToList();

        var results = await Task.WhenAll(documents.Select(d => Task.Run(() => store.ApplyAsync(TestSpecs.Spec("iis-web"), d, null, CancellationToken.None))));
        var stored = await store.GetAsync("iis-web", CancellationToken.None);

        Assert.Equal(Enumerable.Range(1, 10).Select(i => (long)i), results.Select(r => r.Generation).Order());
        Assert.Single(results, r => r.Outcome == SpecApplyOutcome.Created);
        Assert.Equal(9, results.Count(r => r.Outcome == SpecApplyOutcome.Updated));
        Assert.Equal(10, stored!.Generation);
        Assert.Equal(documents[Array.FindIndex(results, r => r.Generation == 10)], stored.Document);
    }

    [Fact]
    public async Task Apply_ExpectedGenerationStale_ConflictAndNothingWritten()
    {
        var store = await NewStoreAsync();
        await store.ApplyAsync(TestSpecs.Spec("iis-web"), TestSpecs.Document("iis-web", revision: 1), null, CancellationToken.None);
        await store.ApplyAsync(TestSpecs.Spec("iis-web"), TestSpecs.Document("iis-web", revision: 2), null, CancellationToken.None);

        var result = await store.ApplyAsync(TestSpecs.Spec("iis-web"), TestSpecs.Document("iis-web", revision: 3), expectedGeneration: 1, CancellationToken.None);

        Assert.Equal(new SpecApplyResult(SpecApplyOutcome.Conflict, 2), result);
        Assert.Equal(TestSpecs.Document("iis-web", revision: 2), (await store.GetAsync("iis-web", CancellationToken.None))!.Document);
    }

    [Fact]
    public async Task Apply_ExpectedGenerationCurrent_Updated()
    {
        var store = await NewStoreAsync();
        await store.ApplyAsync(TestSpecs.Spec("iis-web"), TestSpecs.Document("iis-web", revision: 1), null, CancellationToken.None);

        var result = await store.ApplyAsync(TestSpecs.Spec("iis-web"), TestSpecs.Document("iis-web", revision: 2), expectedGeneration: 1, CancellationToken.None);

        Assert.Equal(new SpecApplyResult(SpecApplyOutcome.Updated, 2), result);
    }

    [Fact]
    public async Task Apply_ExpectedGenerationZero_CreatesOnlyWhenAbsent()
    {
        var store = await NewStoreAsync();

        var created = await store.ApplyAsync(TestSpecs.Spec("iis-web"), TestSpecs.Document("iis-web", revision: 1), expectedGeneration: 0, CancellationToken.None);
        var second = await store.ApplyAsync(TestSpecs.Spec("iis-web"), TestSpecs.Document("iis-web", revision: 2), expectedGeneration: 0, CancellationToken.None);

        Assert.Equal(new SpecApplyResult(SpecApplyOutcome.Created, 1), created);
        Assert.Equal(new SpecApplyResult(SpecApplyOutcome.Conflict, 1), second);
    }

    [Fact]
    public async Task Apply_TenConcurrentWithSameExpectedGeneration_ExactlyOneWinsRestConflict()
    {
        var store = await NewStoreAsync();
        await store.ApplyAsync(TestSpecs.Spec("iis-web"), TestSpecs.Document("iis-web"), null, CancellationToken.None);

        var results = await Task.WhenAll(Enumerable.Range(1, 10).Select(i =>
            Task.Run(() => store.ApplyAsync(TestSpecs.Spec("iis-web"), TestSpecs.Document("iis-web", revision: i), expectedGeneration: 1, CancellationToken.None))));

        Assert.Single(results, r => r == new SpecApplyResult(SpecApplyOutcome.Updated, 2));
        Assert.All(results.Where(r => r.Outcome != SpecApplyOutcome.Updated), r => Assert.Equal(new SpecApplyResult(SpecApplyOutcome.Conflict, 2), r));
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
    public async Task List_SeveralSpecs_AllReturnedInNameOrder()
    {
        var store = await NewStoreAsync();
        foreach (var name in new[] { "web", "api", "batch" })
        {
            await store.ApplyAsync(TestSpecs.Spec(name), TestSpecs.Document(name), null, CancellationToken.None);
        }

        var specs = await store.ListAsync(CancellationToken.None);

        Assert.Equal(["api", "batch", "web"], specs.Select(s => s.Name));
        Assert.All(specs, s => Assert.Equal(1, s.Generation));
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
    public async Task Get_Missing_Null()
    {
        var store = await NewStoreAsync();

        Assert.Null(await store.GetAsync("nothing", CancellationToken.None));
    }

    [Fact]
    public async Task Delete_Existing_TrueAndGone()
    {
        var store = await NewStoreAsync();
        await store.ApplyAsync(TestSpecs.Spec("iis-web"), TestSpecs.Document("iis-web"), null, CancellationToken.None);

        Assert.True(await store.DeleteAsync("iis-web", null, CancellationToken.None));
        Assert.Null(await store.GetAsync("iis-web", CancellationToken.None));
        Assert.False(await store.DeleteAsync("iis-web", null, CancellationToken.None));
    }

    [Fact]
    public async Task Delete_ExpectedGenerationStale_FalseAndKept()
    {
        var store = await NewStoreAsync();
        await store.ApplyAsync(TestSpecs.Spec("iis-web"), TestSpecs.Document("iis-web", revision: 1), null, CancellationToken.None);
        await store.ApplyAsync(TestSpecs.Spec("iis-web"), TestSpecs.Document("iis-web", revision: 2), null, CancellationToken.None);

        Assert.False(await store.DeleteAsync("iis-web", 1, CancellationToken.None));
        Assert.NotNull(await store.GetAsync("iis-web", CancellationToken.None));
        Assert.True(await store.DeleteAsync("iis-web", 2, CancellationToken.None));
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
