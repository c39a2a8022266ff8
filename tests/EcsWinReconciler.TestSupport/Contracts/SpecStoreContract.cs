using System.Globalization;
using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.Core.Specs;
using EcsWinReconciler.TestSupport.Specimens;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace EcsWinReconciler.TestSupport.Contracts;

/// <summary>
/// What every <see cref="ISpecStore"/> does, as its XML doc says: every change bumps the generation, the same document is
/// Unchanged (generation kept), an expected generation that is not the stored one is a Conflict (0: create only), and a
/// delete is false when the spec is absent or not at the expected generation. Run against the in-memory fake and the
/// DynamoDB adapter, so the fake stays honest. Documents are canonical (<see cref="SpecWriter.ToJson"/>), as the CLI stores them.
/// </summary>
public abstract class SpecStoreContract
{
    protected static readonly DateTimeOffset At = new(2025, 11, 25, 9, 30, 0, TimeSpan.Zero);

    private const string Name = "iis-web";

    /// <summary>The clock a subclass gives a store that reads one (the DynamoDB store's kept list, its write times).</summary>
    protected FakeTimeProvider Time { get; } = new(At);

    /// <summary>A store with no specs, on storage of its own.</summary>
    protected abstract Task<ISpecStore> NewStoreAsync();

    [Fact]
    public async Task Get_Missing_Null()
    {
        var store = await NewStoreAsync();

        Assert.Null(await store.GetAsync("nothing", CancellationToken.None));
    }

    [Fact]
    public async Task Apply_NewSpec_CreatedAtGenerationOneAndReadBack()
    {
        var store = await NewStoreAsync();
        var spec = Spec(Name);

        var result = await store.ApplyAsync(spec, Document(spec), null, CancellationToken.None);

        Assert.Equal(new SpecApplyResult(SpecApplyOutcome.Created, 1), result);
        Assert.Equal(new StoredSpec(spec, 1, Document(spec)), await store.GetAsync(Name, CancellationToken.None));
    }

    [Fact]
    public async Task Apply_SameDocument_UnchangedAndGenerationKept()
    {
        var store = await NewStoreAsync();
        await ApplyAsync(store, Spec(Name, revision: 1));
        await ApplyAsync(store, Spec(Name, revision: 2));

        var again = await ApplyAsync(store, Spec(Name, revision: 2));

        Assert.Equal(new SpecApplyResult(SpecApplyOutcome.Unchanged, 2), again);
        Assert.Equal(2, (await store.GetAsync(Name, CancellationToken.None))!.Generation);
    }

    [Fact]
    public async Task Apply_ChangedDocument_UpdatedAtNextGeneration()
    {
        var store = await NewStoreAsync();
        await ApplyAsync(store, Spec(Name, revision: 1));
        var changed = Spec(Name, revision: 2);

        var result = await ApplyAsync(store, changed);

        Assert.Equal(new SpecApplyResult(SpecApplyOutcome.Updated, 2), result);
        Assert.Equal(new StoredSpec(changed, 2, Document(changed)), await store.GetAsync(Name, CancellationToken.None));
    }

    [Fact]
    public async Task Apply_ExpectedGenerationCurrent_Updated()
    {
        var store = await NewStoreAsync();
        await ApplyAsync(store, Spec(Name, revision: 1));

        var result = await ApplyAsync(store, Spec(Name, revision: 2), expectedGeneration: 1);

        Assert.Equal(new SpecApplyResult(SpecApplyOutcome.Updated, 2), result);
    }

    [Fact]
    public async Task Apply_ExpectedGenerationStale_ConflictAndNothingWritten()
    {
        var store = await NewStoreAsync();
        await ApplyAsync(store, Spec(Name, revision: 1));
        await ApplyAsync(store, Spec(Name, revision: 2));

        var result = await ApplyAsync(store, Spec(Name, revision: 3), expectedGeneration: 1);

        Assert.Equal(new SpecApplyResult(SpecApplyOutcome.Conflict, 2), result);
        Assert.Equal(Document(Spec(Name, revision: 2)), (await store.GetAsync(Name, CancellationToken.None))!.Document);
    }

    [Fact]
    public async Task Apply_ExpectedGenerationZero_CreatesOnlyWhenAbsent()
    {
        var store = await NewStoreAsync();

        var created = await ApplyAsync(store, Spec(Name, revision: 1), expectedGeneration: 0);
        var second = await ApplyAsync(store, Spec(Name, revision: 2), expectedGeneration: 0);

        Assert.Equal(new SpecApplyResult(SpecApplyOutcome.Created, 1), created);
        Assert.Equal(new SpecApplyResult(SpecApplyOutcome.Conflict, 1), second);
        Assert.Equal(Document(Spec(Name, revision: 1)), (await store.GetAsync(Name, CancellationToken.None))!.Document);
    }

    [Fact]
    public async Task Apply_RetriedWithItsExpectedGenerationAfterItLanded_UnchangedNotConflict()
    {
        // The first attempt landed but its answer was lost: the retry finds its own document, one generation on.
        var store = await NewStoreAsync();
        var created = await ApplyAsync(store, Spec(Name, revision: 1), expectedGeneration: 0);
        var createRetried = await ApplyAsync(store, Spec(Name, revision: 1), expectedGeneration: 0);
        var updated = await ApplyAsync(store, Spec(Name, revision: 2), expectedGeneration: 1);
        var updateRetried = await ApplyAsync(store, Spec(Name, revision: 2), expectedGeneration: 1);

        Assert.Equal((SpecApplyOutcome.Created, SpecApplyOutcome.Updated), (created.Outcome, updated.Outcome));
        Assert.Equal(new SpecApplyResult(SpecApplyOutcome.Unchanged, 1), createRetried);
        Assert.Equal(new SpecApplyResult(SpecApplyOutcome.Unchanged, 2), updateRetried);
    }

    [Fact]
    public async Task Apply_ExpectedGenerationOfAnAbsentSpec_ConflictAtGenerationZeroAndNothingCreated()
    {
        var store = await NewStoreAsync();

        var result = await ApplyAsync(store, Spec(Name), expectedGeneration: 3);

        Assert.Equal(new SpecApplyResult(SpecApplyOutcome.Conflict, 0), result);
        Assert.Null(await store.GetAsync(Name, CancellationToken.None));
    }

    [Fact]
    public async Task Apply_TenConcurrentChanges_EachLandsWithItsOwnGeneration()
    {
        var store = await NewStoreAsync();
        var specs = Enumerable.Range(1, 10).Select(i => Spec(Name, revision: i)).ToList();

        var results = await Task.WhenAll(specs.Select(s => Task.Run(() => ApplyAsync(store, s))));
        var stored = await store.GetAsync(Name, CancellationToken.None);

        Assert.Equal(Enumerable.Range(1, 10).Select(i => (long)i), results.Select(r => r.Generation).Order());
        Assert.Single(results, r => r.Outcome == SpecApplyOutcome.Created);
        Assert.Equal(9, results.Count(r => r.Outcome == SpecApplyOutcome.Updated));
        Assert.Equal(10, stored!.Generation);
        Assert.Equal(Document(specs[Array.FindIndex(results, r => r.Generation == 10)]), stored.Document);
    }

    [Fact]
    public async Task Apply_TenConcurrentWithSameExpectedGeneration_ExactlyOneWinsRestConflict()
    {
        var store = await NewStoreAsync();
        await ApplyAsync(store, Spec(Name));

        var results = await Task.WhenAll(Enumerable.Range(1, 10).Select(i => Task.Run(() => ApplyAsync(store, Spec(Name, revision: i), expectedGeneration: 1))));

        Assert.Single(results, r => r == new SpecApplyResult(SpecApplyOutcome.Updated, 2));
        Assert.All(results.Where(r => r.Outcome != SpecApplyOutcome.Updated), r => Assert.Equal(new SpecApplyResult(SpecApplyOutcome.Conflict, 2), r));
    }

    [Fact]
    public async Task List_SeveralSpecs_AllReturnedInNameOrder()
    {
        var store = await NewStoreAsync();
        foreach (var name in new[] { "web", "api", "batch" })
        {
            await ApplyAsync(store, Spec(name));
        }

        var specs = await store.ListAsync(CancellationToken.None);

        Assert.Equal(["api", "batch", "web"], specs.Select(s => s.Name));
        Assert.All(specs, s => Assert.Equal(new StoredSpec(Spec(s.Name), 1, Document(Spec(s.Name))), s));
    }

    [Fact]
    public async Task List_AfterApplyAndDeleteThroughTheStore_TheSpecsAsTheyAreNow()
    {
        var store = await NewStoreAsync();
        await ApplyAsync(store, Spec("web"));
        await ApplyAsync(store, Spec("api"));
        await store.ListAsync(CancellationToken.None);

        await ApplyAsync(store, Spec("web", revision: 2));
        await store.DeleteAsync("api", null, CancellationToken.None);
        await ApplyAsync(store, Spec("batch"));
        var specs = await store.ListAsync(CancellationToken.None);

        Assert.Equal([("batch", 1L), ("web", 2L)], specs.Select(s => (s.Name, s.Generation)));
    }

    [Fact]
    public async Task Delete_Existing_TrueAndGone()
    {
        var store = await NewStoreAsync();
        await ApplyAsync(store, Spec(Name));

        Assert.True(await store.DeleteAsync(Name, null, CancellationToken.None));
        Assert.Null(await store.GetAsync(Name, CancellationToken.None));
        Assert.Empty(await store.ListAsync(CancellationToken.None));
        Assert.False(await store.DeleteAsync(Name, null, CancellationToken.None));
    }

    [Fact]
    public async Task Delete_Missing_FalseWithOrWithoutAnExpectedGeneration()
    {
        var store = await NewStoreAsync();

        Assert.False(await store.DeleteAsync(Name, null, CancellationToken.None));
        Assert.False(await store.DeleteAsync(Name, 0, CancellationToken.None));
        Assert.False(await store.DeleteAsync(Name, 1, CancellationToken.None));
    }

    [Fact]
    public async Task Delete_ExpectedGenerationStale_FalseAndKeptThenCurrentTrue()
    {
        var store = await NewStoreAsync();
        await ApplyAsync(store, Spec(Name, revision: 1));
        await ApplyAsync(store, Spec(Name, revision: 2));

        Assert.False(await store.DeleteAsync(Name, 1, CancellationToken.None));
        Assert.NotNull(await store.GetAsync(Name, CancellationToken.None));
        Assert.True(await store.DeleteAsync(Name, 2, CancellationToken.None));
        Assert.Null(await store.GetAsync(Name, CancellationToken.None));
    }

    /// <summary>A valid spec named <paramref name="name"/>; each <paramref name="revision"/> is another document (a label).</summary>
    private static TaskNetworkSpec Spec(string name, int revision = 0)
    {
        var spec = IisSpec.Create();
        return spec with { Metadata = new SpecMetadata(name, [new("revision", revision.ToString(CultureInfo.InvariantCulture))]) };
    }

    private static string Document(TaskNetworkSpec spec) => SpecWriter.ToJson(spec);

    private static Task<SpecApplyResult> ApplyAsync(ISpecStore store, TaskNetworkSpec spec, long? expectedGeneration = null) =>
        store.ApplyAsync(spec, Document(spec), expectedGeneration, CancellationToken.None);
}
