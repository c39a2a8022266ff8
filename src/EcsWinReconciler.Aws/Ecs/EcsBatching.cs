using EcsWinReconciler.Aws.Ecs.Wire;

namespace EcsWinReconciler.Aws.Ecs;

/// <summary>
/// Runs a Describe* call over any number of identifiers in chunks of ECS's limit (100 tasks or container
/// instances, 10 services), one chunk after the other so a large batch does not burst the token bucket, and
/// merges the items and failures. Duplicates are sent once.
/// </summary>
internal static class EcsBatching
{
    public static async Task<EcsBatch<T>> RunAsync<T>(
        IReadOnlyList<string> ids,
        int limit,
        Func<IReadOnlyList<string>, CancellationToken, Task<(IReadOnlyList<T>? Items, IReadOnlyList<EcsFailure>? Failures)>> call,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var items = new List<T>();
        var failures = new List<EcsFailure>();
        foreach (var chunk in ids.Distinct(StringComparer.Ordinal).Chunk(limit))
        {
            var (found, failed) = await call(chunk, cancellationToken).ConfigureAwait(false);
            items.AddRange(found ?? []);
            failures.AddRange(failed ?? []);
        }

        return items.Count == 0 && failures.Count == 0 ? EcsBatch<T>.Empty : new EcsBatch<T>(items, failures);
    }
}
