namespace EcsWinReconciler.Aws.Ec2;

/// <summary>
/// A small async read-through cache driven by <see cref="TimeProvider"/>. Concurrent callers of the same key share
/// one in-flight load; a failed or cancelled load is never served (the next caller loads again); an entry is fresh
/// for <c>ttl</c> from the moment its load started. Many keys missing at once are loaded in one batch.
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

    public TtlCache(TimeProvider time, TimeSpan ttl)
    {
        _time = time;
        _ttl = ttl;
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
            _entries.Clear();
        }
    }

    private (Dictionary<TKey, Task<TValue>> Shared, Dictionary<TKey, TaskCompletionSource<TValue>> Missing) Claim(IReadOnlyCollection<TKey> keys)
    {
        var shared = new Dictionary<TKey, Task<TValue>>();
        var missing = new Dictionary<TKey, TaskCompletionSource<TValue>>();
        var now = _time.GetUtcNow();
        lock (_lock)
        {
            Prune(now);
            foreach (var key in keys)
            {
                if (_entries.TryGetValue(key, out var entry) && IsUsable(entry, now))
                {
                    shared[key] = entry.Value.Task;
                    continue;
                }

                var source = new TaskCompletionSource<TValue>(TaskCreationOptions.RunContinuationsAsynchronously);
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

    private void Prune(DateTimeOffset now)
    {
        if (_entries.Count <= PruneAbove)
        {
            return;
        }

        foreach (var (key, entry) in _entries.ToList())
        {
            if (!IsUsable(entry, now))
            {
                _entries.Remove(key);
            }
        }
    }

    private sealed record Entry(TaskCompletionSource<TValue> Value, DateTimeOffset Started);
}
