namespace EcsWinReconciler.Aws.Caching;

/// <summary>
/// The adapters' one cache: small, async, read-through and write-through, driven by <see cref="TimeProvider"/>. Concurrent
/// callers of the same key share one in-flight load; a failed or cancelled load is never served (the next caller loads
/// again); an entry is fresh for <c>ttl</c> from the moment its load started, or its value was <see cref="Set(TKey, TValue)"/>. Many keys
/// missing at once are loaded in one batch. A load that an <see cref="Invalidate"/> or <see cref="Clear"/> overtook still
/// answers its callers but is not kept: it may have read the world before the change that invalidated it.
/// </summary>
internal sealed class TtlCache<TKey, TValue>
    where TKey : notnull
{
    private const int PruneAbove = 1024;
    private const int MaxAttempts = 3;

    private readonly Dictionary<TKey, Entry> _entries = [];
    private readonly Lock _lock = new();
    private readonly TimeProvider _time;
    private readonly TimeSpan _ttl;
    private readonly int _capacity;
    private int _pruneAbove = PruneAbove;
    private long _epoch;

    /// <param name="time">The clock entries age by.</param>
    /// <param name="ttl">How long an entry is fresh; <see cref="TimeSpan.MaxValue"/> for values that never change.</param>
    /// <param name="capacity">Keys kept at most: a new key beyond it makes the cache start over (simple, and a cleared
    /// cache costs only one load per key).</param>
    public TtlCache(TimeProvider time, TimeSpan ttl, int capacity = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        _time = time;
        _ttl = ttl;
        _capacity = capacity;
    }

    /// <summary>Counts the times the cache started over (<see cref="Clear"/>, or full): what was kept before is gone.</summary>
    public long Epoch
    {
        get
        {
            lock (_lock)
            {
                return _epoch;
            }
        }
    }

    public async Task<TValue> GetAsync(TKey key, Func<TKey, CancellationToken, Task<TValue>> load, CancellationToken cancellationToken)
    {
        var values = await GetManyAsync(
            [key],
            async (keys, ct) => new Dictionary<TKey, TValue> { [keys[0]] = await load(keys[0], ct).ConfigureAwait(false) },
            cancellationToken).ConfigureAwait(false);
        return values[key];
    }

    /// <summary><paramref name="loadMany"/> gets the keys not fresh in the cache and must return a value for each.</summary>
    public async Task<IReadOnlyDictionary<TKey, TValue>> GetManyAsync(
        IReadOnlyCollection<TKey> keys,
        Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> loadMany,
        CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var (shared, missing) = Claim(keys);
            if (missing.Count > 0)
            {
                await LoadAsync(missing, loadMany, cancellationToken).ConfigureAwait(false);
            }

            try
            {
                var result = new Dictionary<TKey, TValue>();
                foreach (var (key, task) in shared)
                {
                    result[key] = await task.WaitAsync(cancellationToken).ConfigureAwait(false);
                }

                return result;
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && attempt < MaxAttempts)
            {
                // Another caller's load was cancelled by *its* token; ours is live, so load again ourselves.
            }
        }
    }

    /// <summary>A fresh value, without loading; false when the key is missing, stale, or still loading.</summary>
    public bool TryGet(TKey key, out TValue value)
    {
        lock (_lock)
        {
            if (_entries.TryGetValue(key, out var entry) && entry.Value.Task.IsCompletedSuccessfully && IsUsable(entry, _time.GetUtcNow()))
            {
                value = entry.Value.Task.Result;
                return true;
            }
        }

        value = default!;
        return false;
    }

    /// <summary>Keeps a value this process just wrote or learnt, fresh from now (a load in flight for the key is not kept).</summary>
    public void Set(TKey key, TValue value) => Set(key, value, static _ => true);

    /// <summary>
    /// As <see cref="Set(TKey, TValue)"/>, unless a fresh value is kept that <paramref name="replaces"/> says the new one must
    /// not replace: concurrent writers finish in any order, and the one finishing last may not hold the newest value.
    /// </summary>
    public void Set(TKey key, TValue value, Func<TValue, bool> replaces)
    {
        ArgumentNullException.ThrowIfNull(replaces);
        var source = new TaskCompletionSource<TValue>(TaskCreationOptions.RunContinuationsAsynchronously);
        source.SetResult(value);
        var now = _time.GetUtcNow();
        lock (_lock)
        {
            if (_entries.TryGetValue(key, out var kept) && kept.Value.Task.IsCompletedSuccessfully && IsUsable(kept, now) && !replaces(kept.Value.Task.Result))
            {
                return;
            }

            MakeRoomFor(key, now);
            _entries[key] = new Entry(source, now);
        }
    }

    public void Invalidate(TKey key)
    {
        lock (_lock)
        {
            _entries.Remove(key);
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            StartOver();
        }
    }

    private (Dictionary<TKey, Task<TValue>> Shared, Dictionary<TKey, TaskCompletionSource<TValue>> Missing) Claim(IReadOnlyCollection<TKey> keys)
    {
        var shared = new Dictionary<TKey, Task<TValue>>();
        var missing = new Dictionary<TKey, TaskCompletionSource<TValue>>();
        var now = _time.GetUtcNow();
        lock (_lock)
        {
            foreach (var key in keys)
            {
                if (_entries.TryGetValue(key, out var entry) && IsUsable(entry, now))
                {
                    shared[key] = entry.Value.Task;
                    continue;
                }

                var source = new TaskCompletionSource<TValue>(TaskCreationOptions.RunContinuationsAsynchronously);
                MakeRoomFor(key, now);
                _entries[key] = new Entry(source, now);
                missing[key] = source;
                shared[key] = source.Task;
            }
        }

        return (shared, missing);
    }

    private async Task LoadAsync(
        Dictionary<TKey, TaskCompletionSource<TValue>> missing,
        Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> loadMany,
        CancellationToken cancellationToken)
    {
        try
        {
            var loaded = await loadMany([.. missing.Keys], cancellationToken).ConfigureAwait(false);
            foreach (var (key, source) in missing)
            {
                if (loaded.TryGetValue(key, out var value))
                {
                    source.TrySetResult(value);
                }
                else
                {
                    source.TrySetException(new InvalidOperationException($"the loader returned no value for {key}"));
                }
            }
        }
        catch (OperationCanceledException canceled)
        {
            foreach (var source in missing.Values)
            {
                source.TrySetCanceled(canceled.CancellationToken);
            }
        }
        catch (Exception error)
        {
            foreach (var source in missing.Values)
            {
                source.TrySetException(error);
            }
        }
    }

    private bool IsUsable(Entry entry, DateTimeOffset now)
    {
        var task = entry.Value.Task;
        return !task.IsCompleted || (task.IsCompletedSuccessfully && now - entry.Started < _ttl);
    }

    /// <summary>
    /// Called under the lock before <paramref name="key"/> is stored. Entries no longer usable are dropped once the cache
    /// has grown to twice what the last pruning left (so a large cache is not scanned on every store).
    /// </summary>
    private void MakeRoomFor(TKey key, DateTimeOffset now)
    {
        if (_entries.ContainsKey(key))
        {
            return;
        }

        if (_entries.Count >= _capacity)
        {
            StartOver();
            return;
        }

        if (_entries.Count > _pruneAbove)
        {
            foreach (var (stale, _) in _entries.Where(e => !IsUsable(e.Value, now)).ToList())
            {
                _entries.Remove(stale);
            }

            _pruneAbove = Math.Max(PruneAbove, 2 * _entries.Count);
        }
    }

    private void StartOver()
    {
        _entries.Clear();
        _pruneAbove = PruneAbove;
        _epoch++;
    }

    private sealed record Entry(TaskCompletionSource<TValue> Value, DateTimeOffset Started);
}
