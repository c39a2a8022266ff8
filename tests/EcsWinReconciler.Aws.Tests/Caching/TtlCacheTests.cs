using EcsWinReconciler.Aws.Caching;
using Microsoft.Extensions.Time.Testing;

namespace EcsWinReconciler.Aws.Tests.Caching;

public class TtlCacheTests
{
    private readonly FakeTimeProvider _time = new();
    private int _loads;

    [Fact]
    public async Task GetAsync_WithinTtl_LoadsOnce()
    {
        var cache = new TtlCache<string, int>(_time, TimeSpan.FromSeconds(10));

        await cache.GetAsync("a", CountingLoad, CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(9));
        var value = await cache.GetAsync("a", CountingLoad, CancellationToken.None);

        Assert.Equal((1, 1), (value, _loads));
    }

    [Fact]
    public async Task GetAsync_TtlElapsed_LoadsAgain()
    {
        var cache = new TtlCache<string, int>(_time, TimeSpan.FromSeconds(10));

        await cache.GetAsync("a", CountingLoad, CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(10));
        var value = await cache.GetAsync("a", CountingLoad, CancellationToken.None);

        Assert.Equal((2, 2), (value, _loads));
    }

    [Fact]
    public async Task GetAsync_ZeroTtl_StillSharesAnInFlightLoad()
    {
        var cache = new TtlCache<string, int>(_time, TimeSpan.Zero);
        var gate = new TaskCompletionSource<int>();

        var first = cache.GetAsync("a", (_, _) => { _loads++; return gate.Task; }, CancellationToken.None);
        var second = cache.GetAsync("a", (_, _) => { _loads++; return gate.Task; }, CancellationToken.None);
        gate.SetResult(7);

        var values = await Task.WhenAll(first, second);
        Assert.Equal([7, 7], values);
        Assert.Equal(1, _loads);
        await cache.GetAsync("a", CountingLoad, CancellationToken.None);
        Assert.Equal(2, _loads);
    }

    [Fact]
    public async Task GetAsync_LoadFailed_IsNotServedToTheNextCaller()
    {
        var cache = new TtlCache<string, int>(_time, TimeSpan.FromMinutes(1));

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            cache.GetAsync("a", (_, _) => Task.FromException<int>(new InvalidOperationException("boom")), CancellationToken.None));
        var value = await cache.GetAsync("a", CountingLoad, CancellationToken.None);

        Assert.Equal(1, value);
    }

    [Fact]
    public async Task GetAsync_OwnerCancelled_AnotherCallerWithALiveTokenLoadsItself()
    {
        var cache = new TtlCache<string, int>(_time, TimeSpan.FromMinutes(1));
        using var ownerCancel = new CancellationTokenSource();
        var gate = new TaskCompletionSource<int>();

        var owner = cache.GetAsync("a", async (_, ct) => await gate.Task.WaitAsync(ct), ownerCancel.Token);
        var waiter = cache.GetAsync("a", CountingLoad, CancellationToken.None);
        await ownerCancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => owner);
        Assert.Equal(1, await waiter);
    }

    [Fact]
    public async Task GetManyAsync_SomeCached_LoadsOnlyTheMissingKeysInOneBatch()
    {
        var cache = new TtlCache<string, int>(_time, TimeSpan.FromMinutes(1));
        var batches = new List<IReadOnlyList<string>>();
        Task<IReadOnlyDictionary<string, int>> LoadMany(IReadOnlyList<string> keys, CancellationToken ct)
        {
            batches.Add(keys);
            return Task.FromResult<IReadOnlyDictionary<string, int>>(keys.ToDictionary(k => k, k => k.Length));
        }

        await cache.GetManyAsync(["a"], LoadMany, CancellationToken.None);
        var values = await cache.GetManyAsync(["a", "bb", "ccc"], LoadMany, CancellationToken.None);

        Assert.Equal(new Dictionary<string, int> { ["a"] = 1, ["bb"] = 2, ["ccc"] = 3 }, values);
        Assert.Equal([["a"], ["bb", "ccc"]], batches);
    }

    [Fact]
    public async Task GetManyAsync_LoaderForgetsAKey_FailsLoudly()
    {
        var cache = new TtlCache<string, int>(_time, TimeSpan.FromMinutes(1));

        await Assert.ThrowsAsync<InvalidOperationException>(() => cache.GetManyAsync(
            ["a", "b"], (_, _) => Task.FromResult<IReadOnlyDictionary<string, int>>(new Dictionary<string, int> { ["a"] = 1 }), CancellationToken.None));
    }

    [Fact]
    public async Task Invalidate_CachedKey_LoadsAgain()
    {
        var cache = new TtlCache<string, int>(_time, TimeSpan.FromMinutes(1));

        await cache.GetAsync("a", CountingLoad, CancellationToken.None);
        cache.Invalidate("a");
        await cache.GetAsync("a", CountingLoad, CancellationToken.None);

        Assert.Equal(2, _loads);
    }

    [Fact]
    public async Task Invalidate_DuringALoad_ThatLoadAnswersButIsNotKept()
    {
        var cache = new TtlCache<string, int>(_time, TimeSpan.FromMinutes(1));
        var gate = new TaskCompletionSource<int>();

        var before = cache.GetAsync("a", (_, _) => gate.Task, CancellationToken.None);
        cache.Invalidate("a");
        gate.SetResult(41);
        var answered = await before;
        var after = await cache.GetAsync("a", CountingLoad, CancellationToken.None);

        Assert.Equal((41, 1), (answered, after));
    }

    [Fact]
    public async Task Set_Value_IsServedWithoutALoadUntilTheTtlElapses()
    {
        var cache = new TtlCache<string, int>(_time, TimeSpan.FromSeconds(10));

        cache.Set("a", 7);
        var kept = await cache.GetAsync("a", CountingLoad, CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(10));
        var reloaded = await cache.GetAsync("a", CountingLoad, CancellationToken.None);

        Assert.Equal((7, 1, 1), (kept, reloaded, _loads));
    }

    [Fact]
    public async Task TryGet_MissingStaleOrLoading_IsFalseAndFreshIsTrue()
    {
        var cache = new TtlCache<string, int?>(_time, TimeSpan.FromSeconds(10));
        var gate = new TaskCompletionSource<int?>();
        var loading = cache.GetAsync("loading", (_, _) => gate.Task, CancellationToken.None);
        cache.Set("stale", 1);
        _time.Advance(TimeSpan.FromSeconds(10));
        cache.Set("absent", null);
        cache.Set("fresh", 2);

        Assert.False(cache.TryGet("missing", out _));
        Assert.False(cache.TryGet("stale", out _));
        Assert.False(cache.TryGet("loading", out _));
        Assert.True(cache.TryGet("absent", out var absent) && absent is null);
        Assert.True(cache.TryGet("fresh", out var fresh) && fresh == 2);
        gate.SetResult(3);
        await loading;
    }

    [Fact]
    public void Set_NewKeyBeyondCapacity_StartsOverAndCountsTheEpoch()
    {
        var cache = new TtlCache<string, int>(_time, TimeSpan.MaxValue, capacity: 2);

        cache.Set("a", 1);
        cache.Set("b", 2);
        cache.Set("b", 3);
        var epochWhenFull = cache.Epoch;
        cache.Set("c", 4);

        Assert.Equal((0, 1), (epochWhenFull, cache.Epoch));
        Assert.False(cache.TryGet("a", out _));
        Assert.True(cache.TryGet("c", out var c) && c == 4);
    }

    [Fact]
    public async Task GetAsync_ManyExpiredKeys_ArePrunedAsNewOnesArrive()
    {
        var cache = new TtlCache<int, int>(_time, TimeSpan.FromSeconds(1), capacity: 3000);
        for (var key = 0; key < 2000; key++)
        {
            cache.Set(key, key);
        }

        _time.Advance(TimeSpan.FromSeconds(1));
        for (var key = 2000; key < 4000; key++)
        {
            await cache.GetAsync(key, (k, _) => Task.FromResult(k), CancellationToken.None);
        }

        Assert.Equal(0, cache.Epoch);
        Assert.True(cache.TryGet(3999, out _));
    }

    private Task<int> CountingLoad(string key, CancellationToken cancellationToken) => Task.FromResult(Interlocked.Increment(ref _loads));
}
