using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.Core.Reconciliation;
using EcsWinReconciler.TestSupport.Specimens;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace EcsWinReconciler.TestSupport.Contracts;

/// <summary>
/// What every <see cref="IStatusStore"/> does, as its XML doc says: an older event version never overwrites a newer status
/// (Stale), equal content is not written again (Unchanged), and statuses list by cluster (name or ARN) and family. Run
/// against the in-memory fake and the DynamoDB adapter, so the fake stays honest. The port promises no order for a list,
/// so lists are compared by task.
/// </summary>
public abstract class StatusStoreContract
{
    /// <summary>The clock a subclass gives a store that reads one (the DynamoDB store's warm cache).</summary>
    protected FakeTimeProvider Time { get; } = new(TestStatuses.At);

    /// <summary>A store with no statuses, on storage of its own.</summary>
    protected abstract Task<IStatusStore> NewStoreAsync();

    [Fact]
    public async Task Get_Unknown_Null()
    {
        var store = await NewStoreAsync();

        Assert.Null(await store.GetAsync(TestStatuses.Status("t1").TaskArn, CancellationToken.None));
    }

    [Fact]
    public async Task Put_NewTask_WrittenAndGetReturnsIt()
    {
        var store = await NewStoreAsync();
        var status = TestStatuses.Status("t1") with { ExpiresAt = TestStatuses.At.AddDays(7) };

        var result = await store.PutAsync(status, CancellationToken.None);

        Assert.Equal(StatusWriteResult.Written, result);
        Assert.Equal(status, await store.GetAsync(status.TaskArn, CancellationToken.None));
    }

    [Fact]
    public async Task Put_SameContentLaterTimestamps_UnchangedAndTheStoredOneKept()
    {
        var store = await NewStoreAsync();
        var status = TestStatuses.Status("t1");
        await store.PutAsync(status, CancellationToken.None);

        var result = await store.PutAsync(TestStatuses.Later(status), CancellationToken.None);

        Assert.Equal(StatusWriteResult.Unchanged, result);
        Assert.Equal(status.UpdatedAt, (await store.GetAsync(status.TaskArn, CancellationToken.None))!.UpdatedAt);
    }

    [Fact]
    public async Task Put_NewerEventSameContent_UnchangedAndTheStoredVersionKept()
    {
        // The version only lets a redelivered event be skipped unjudged; a newer event that changed nothing is not worth a write.
        var store = await NewStoreAsync();
        var status = TestStatuses.Status("t1", version: 5);
        await store.PutAsync(status, CancellationToken.None);

        var result = await store.PutAsync(TestStatuses.Later(status) with { LastEventVersion = 6 }, CancellationToken.None);

        Assert.Equal(StatusWriteResult.Unchanged, result);
        Assert.Equal(status, await store.GetAsync(status.TaskArn, CancellationToken.None));
    }

    [Fact]
    public async Task PutAfterListing_ChangedContent_WrittenAndGetReturnsIt()
    {
        var store = await NewStoreAsync();
        await store.PutAsync(TestStatuses.Status("t1", version: 5, reason: "drift"), CancellationToken.None);
        var listed = Assert.Single(await store.ListAsync(TestStatuses.ProdCluster, null, CancellationToken.None));

        var result = await store.PutAfterListingAsync(TestStatuses.Status("t1", version: 6, reason: "no drift"), listed, CancellationToken.None);

        Assert.Equal(StatusWriteResult.Written, result);
        Assert.Equal("no drift", (await store.GetAsync(listed.TaskArn, CancellationToken.None))!.Reason);
    }

    [Fact]
    public async Task PutAfterListing_NewerStoredThanTheWrite_StaleAndTheNewerKept()
    {
        var store = await NewStoreAsync();
        var newer = TestStatuses.Status("t1", version: 9, reason: "newer");
        await store.PutAsync(newer, CancellationToken.None);

        // Whether or not the listing saw it: the write never goes below a newer version.
        var unseen = await store.PutAfterListingAsync(TestStatuses.Status("t1", version: 8, reason: "older"), null, CancellationToken.None);
        var seen = await store.PutAfterListingAsync(TestStatuses.Status("t1", version: 8, reason: "older"), newer, CancellationToken.None);

        Assert.Equal((StatusWriteResult.Stale, StatusWriteResult.Stale), (unseen, seen));
        Assert.Equal("newer", (await store.GetAsync(newer.TaskArn, CancellationToken.None))!.Reason);
    }

    [Fact]
    public async Task Put_SameEventVersionNewContent_Written()
    {
        var store = await NewStoreAsync();
        await store.PutAsync(TestStatuses.Status("t1", version: 5, reason: "drift"), CancellationToken.None);

        var result = await store.PutAsync(TestStatuses.Status("t1", version: 5, reason: "no drift"), CancellationToken.None);

        Assert.Equal(StatusWriteResult.Written, result);
        Assert.Equal("no drift", (await store.GetAsync(TestStatuses.Status("t1").TaskArn, CancellationToken.None))!.Reason);
    }

    [Fact]
    public async Task Put_NewerEventNewContent_Written()
    {
        var store = await NewStoreAsync();
        await store.PutAsync(TestStatuses.Status("t1", version: 5, reason: "drift"), CancellationToken.None);
        var newer = TestStatuses.Status("t1", version: 6, reason: "no drift");

        var result = await store.PutAsync(newer, CancellationToken.None);

        Assert.Equal(StatusWriteResult.Written, result);
        Assert.Equal(newer, await store.GetAsync(newer.TaskArn, CancellationToken.None));
    }

    [Fact]
    public async Task Put_OlderEventVersion_StaleAndTheNewerStatusKept()
    {
        var store = await NewStoreAsync();
        var newer = TestStatuses.Status("t1", version: 5, reason: "newer");
        await store.PutAsync(newer, CancellationToken.None);

        var changed = await store.PutAsync(TestStatuses.Status("t1", version: 4, reason: "older"), CancellationToken.None);
        var same = await store.PutAsync(newer with { LastEventVersion = 3 }, CancellationToken.None);

        Assert.Equal((StatusWriteResult.Stale, StatusWriteResult.Stale), (changed, same));
        Assert.Equal(newer, await store.GetAsync(newer.TaskArn, CancellationToken.None));
    }

    [Fact]
    public async Task Put_TwentyVersionsConcurrently_HighestVersionEndsStored()
    {
        var store = await NewStoreAsync();

        var results = await Task.WhenAll(Enumerable.Range(1, 20).Select(v =>
            Task.Run(() => store.PutAsync(TestStatuses.Status("t1", version: v, reason: $"v{v}"), CancellationToken.None))));
        var stored = await store.GetAsync(TestStatuses.Status("t1").TaskArn, CancellationToken.None);

        Assert.Equal((20, "v20"), (stored!.LastEventVersion, stored.Reason));
        Assert.Equal(StatusWriteResult.Written, results[^1]);
        Assert.All(results, r => Assert.NotEqual(StatusWriteResult.Unchanged, r));
    }

    [Fact]
    public async Task List_ByClusterNameOrArnAndFamily_OnlyThoseTasks()
    {
        var store = await NewStoreAsync();
        TaskNetworkStatus[] statuses =
        [
            TestStatuses.Status("a1", family: "iis"), TestStatuses.Status("a2", family: "iis"), TestStatuses.Status("b1", family: "iis-batch"),
            TestStatuses.Status("c1", cluster: TestStatuses.TestCluster, family: "iis"),
        ];
        foreach (var status in statuses)
        {
            await store.PutAsync(status, CancellationToken.None);
        }

        Assert.Equal(statuses[..3], ByTask(await store.ListAsync("win-prod", null, CancellationToken.None)));
        Assert.Equal(statuses[..3], ByTask(await store.ListAsync(TestStatuses.ProdCluster, null, CancellationToken.None)));
        Assert.Equal(statuses[..2], ByTask(await store.ListAsync("win-prod", "iis", CancellationToken.None)));
        Assert.Equal(statuses, ByTask(await store.ListAsync(null, null, CancellationToken.None)));
        Assert.Equal([statuses[0], statuses[1], statuses[3]], ByTask(await store.ListAsync(null, "iis", CancellationToken.None)));
        Assert.Empty(await store.ListAsync("win-dev", null, CancellationToken.None));
        Assert.Empty(await store.ListAsync("win-prod", "iis-web", CancellationToken.None));
    }

    [Fact]
    public async Task List_TaskWrittenTwice_ListedOnceWithItsLatestStatus()
    {
        var store = await NewStoreAsync();
        await store.PutAsync(TestStatuses.Status("t1", version: 1, reason: "drift"), CancellationToken.None);
        var latest = TestStatuses.Status("t1", version: 2, reason: "no drift");
        await store.PutAsync(latest, CancellationToken.None);

        Assert.Equal([latest], await store.ListAsync("win-prod", "iis", CancellationToken.None));
        Assert.Equal([latest], await store.ListAsync(null, null, CancellationToken.None));
    }

    private static TaskNetworkStatus[] ByTask(IEnumerable<TaskNetworkStatus> statuses) => [.. statuses.OrderBy(s => s.TaskArn, StringComparer.Ordinal)];
}
