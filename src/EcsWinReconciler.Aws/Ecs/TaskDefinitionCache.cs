using System.Collections.Concurrent;
using EcsWinReconciler.Core.Observation;

namespace EcsWinReconciler.Aws.Ecs;

/// <summary>
/// Task definition revisions never change once registered, so they are cached for the life of the process
/// (warm Lambda invocations included), keyed by what was asked and by the answer's ARN. A bare family (no
/// revision) means "latest ACTIVE" and is never cached. Bounded: when full it starts over.
/// </summary>
internal sealed class TaskDefinitionCache(int capacity = TaskDefinitionCache.DefaultCapacity)
{
    public const int DefaultCapacity = 2048;

    private readonly ConcurrentDictionary<string, TaskDefinitionInfo> _entries = new(StringComparer.Ordinal);

    public int Count => _entries.Count;

    public static bool IsCacheable(string taskDefinition) => EcsMapping.SplitFamilyRevision(taskDefinition).Revision is not null;

    public bool TryGet(string taskDefinition, out TaskDefinitionInfo info) => _entries.TryGetValue(taskDefinition, out info!);

    public void Add(string requested, TaskDefinitionInfo info)
    {
        if (!IsCacheable(requested) && !IsCacheable(info.Arn))
        {
            return;
        }

        if (_entries.Count >= capacity)
        {
            _entries.Clear();
        }

        if (IsCacheable(requested))
        {
            _entries[requested] = info;
        }

        _entries[info.Arn] = info;
    }
}
