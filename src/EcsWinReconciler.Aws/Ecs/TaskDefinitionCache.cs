using EcsWinReconciler.Aws.Caching;
using EcsWinReconciler.Core.Observation;

namespace EcsWinReconciler.Aws.Ecs;

/// <summary>
/// Task definition revisions never change once registered, so they are cached for the life of the process
/// (warm Lambda invocations included), keyed by what was asked and by the answer's ARN. A bare family (no
/// revision) means "latest ACTIVE" and is never cached. Bounded: when full it starts over.
/// </summary>
internal sealed class TaskDefinitionCache(TimeProvider time, int capacity = TaskDefinitionCache.DefaultCapacity)
{
    public const int DefaultCapacity = 2048;

    private readonly TtlCache<string, TaskDefinitionInfo> _entries = new(time, TimeSpan.MaxValue, capacity);

    public static bool IsCacheable(string taskDefinition) => EcsMapping.SplitFamilyRevision(taskDefinition).Revision is not null;

    /// <summary><paramref name="load"/> describes what was asked when it is not cached (always for a bare family).</summary>
    public async Task<TaskDefinitionInfo> GetAsync(string requested, Func<string, CancellationToken, Task<TaskDefinitionInfo>> load, CancellationToken cancellationToken)
    {
        var info = IsCacheable(requested)
            ? await _entries.GetAsync(requested, load, cancellationToken).ConfigureAwait(false)
            : await load(requested, cancellationToken).ConfigureAwait(false);
        if (!string.Equals(info.Arn, requested, StringComparison.Ordinal) && !_entries.TryGet(info.Arn, out _))
        {
            _entries.Set(info.Arn, info);
        }

        return info;
    }
}
