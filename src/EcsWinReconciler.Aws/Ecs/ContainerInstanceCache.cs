using EcsWinReconciler.Aws.Caching;
using EcsWinReconciler.Core.Observation;

namespace EcsWinReconciler.Aws.Ecs;

/// <summary>
/// Container instances by (cluster, identifier), kept across warm invocations. The reconciler reads them for the agent's
/// <c>ecs.os-type</c> / <c>ecs.os-family</c> when a task definition has no runtimePlatform (docs/FACTS.md §2, the seed's case): the
/// agent registers those once, and they do not change for the life of a container-instance ARN. An instance ECS reports
/// MISSING is remembered as absent (a deregistered instance does not come back under the same ARN).
/// </summary>
internal sealed class ContainerInstanceCache(TimeProvider time, TimeSpan maxAge)
{
    /// <summary>
    /// The attributes do not change, so this could be much longer; ten minutes bounds how long a deregistered instance's
    /// entry lingers and keeps a busy cluster at about one DescribeContainerInstances per host per ten minutes.
    /// </summary>
    public static TimeSpan DefaultMaxAge { get; } = TimeSpan.FromMinutes(10);

    private readonly TtlCache<string, ContainerInstanceInfo?> _entries = new(time, maxAge);

    /// <summary><paramref name="load"/> gets the identifiers not cached and answers the instances ECS knows.</summary>
    public async Task<IReadOnlyList<ContainerInstanceInfo>> GetAsync(
        string cluster, IReadOnlyList<string> identifiers, Func<IReadOnlyList<string>, CancellationToken, Task<IReadOnlyList<ContainerInstanceInfo>>> load, CancellationToken cancellationToken)
    {
        var keys = identifiers.Distinct(StringComparer.Ordinal).Select(id => Key(cluster, id)).ToList();
        var found = await _entries.GetManyAsync(keys, async (missing, ct) =>
        {
            var loaded = await load([.. missing.Select(IdentifierOf)], ct).ConfigureAwait(false);
            return missing.ToDictionary(key => key, key => loaded.FirstOrDefault(i => Matches(i.Arn, IdentifierOf(key))), StringComparer.Ordinal);
        }, cancellationToken).ConfigureAwait(false);
        return [.. keys.Select(key => found[key]).OfType<ContainerInstanceInfo>()];
    }

    /// <summary>An ARN answers for itself and for its id (the part after the last slash).</summary>
    private static bool Matches(string arn, string identifier) =>
        string.Equals(arn, identifier, StringComparison.Ordinal) || arn.EndsWith("/" + identifier, StringComparison.Ordinal);

    private static string Key(string cluster, string identifier) => $"{cluster}\n{identifier}";

    private static string IdentifierOf(string key) => key[(key.IndexOf('\n', StringComparison.Ordinal) + 1)..];
}
