using EcsWinReconciler.Core.Networking;

namespace EcsWinReconciler.Core.Specs;

/// <summary>
/// Picks the spec for a task: selectors match the cluster by name (an ARN is reduced to its name) and the
/// family exactly or by <c>*</c>; an exact family beats the cluster default. Suspended specs still select.
/// </summary>
public static class SpecResolver
{
    public static SpecResolution Resolve(IReadOnlyCollection<StoredSpec> specs, string clusterArnOrName, string family)
    {
        ArgumentNullException.ThrowIfNull(specs);
        ArgumentNullException.ThrowIfNull(clusterArnOrName);
        ArgumentNullException.ThrowIfNull(family);
        var cluster = AwsIds.ClusterName(clusterArnOrName);
        var matching = specs.Where(s => s.Spec.Spec.Selector.Matches(cluster, family)).ToList();
        if (matching.Count == 0)
        {
            return SpecResolution.NoSpec;
        }

        var best = matching.Max(s => s.Spec.Spec.Selector.Specificity);
        var winners = matching.Where(s => s.Spec.Spec.Selector.Specificity == best).ToList();
        return winners.Count == 1 ? SpecResolution.Select(winners[0]) : SpecResolution.Tie(winners.Select(s => s.Name));
    }
}
