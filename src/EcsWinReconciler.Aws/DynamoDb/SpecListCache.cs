using EcsWinReconciler.Core.Specs;

namespace EcsWinReconciler.Aws.DynamoDb;

/// <summary>
/// The last spec list <see cref="DynamoSpecStore"/> scanned, trusted for <c>maxAge</c>. A forget bumps a version, so a
/// scan that started before the forget (and may predate the change) is not remembered when it finishes.
/// </summary>
internal sealed class SpecListCache(TimeProvider time, TimeSpan maxAge)
{
    private readonly Lock _gate = new();
    private IReadOnlyList<StoredSpec>? _specs;
    private DateTimeOffset _at;
    private long _version;

    public long Version
    {
        get
        {
            lock (_gate)
            {
                return _version;
            }
        }
    }

    public IReadOnlyList<StoredSpec>? Get()
    {
        lock (_gate)
        {
            return _specs is not null && time.GetUtcNow() - _at < maxAge ? _specs : null;
        }
    }

    /// <summary>
    /// Keeps <paramref name="specs"/>, read from <paramref name="startedAt"/> on, unless a forget happened since
    /// <paramref name="version"/> was read.
    /// </summary>
    public void Remember(IReadOnlyList<StoredSpec> specs, long version, DateTimeOffset startedAt)
    {
        lock (_gate)
        {
            if (version == _version)
            {
                (_specs, _at) = (specs, startedAt);
            }
        }
    }

    public void Forget()
    {
        lock (_gate)
        {
            (_specs, _version) = (null, _version + 1);
        }
    }
}
