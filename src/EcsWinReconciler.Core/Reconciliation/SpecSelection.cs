using EcsWinReconciler.Core.Networking;
using EcsWinReconciler.Core.Specs;

namespace EcsWinReconciler.Core.Reconciliation;

/// <summary>Which stored spec governs a task: the most specific selector wins; a tie selects nothing.</summary>
internal static class SpecSelection
{
    public static (StoredSpec? Spec, string? WhyNone) Resolve(IReadOnlyCollection<StoredSpec> specs, string clusterArnOrName, string family)
    {
        var cluster = AwsIds.ClusterName(clusterArnOrName);
        var matches = specs.Where(s => s.Spec.Spec.Selector.Matches(cluster, family)).ToList();
        if (matches.Count == 0)
        {
            return (null, "no spec selects it");
        }

        var best = matches.Max(s => s.Spec.Spec.Selector.Specificity);
        var winners = matches.Where(s => s.Spec.Spec.Selector.Specificity == best).OrderBy(s => s.Name, StringComparer.Ordinal).ToList();
        return winners.Count == 1
            ? (winners[0], null)
            : (null, $"specs {string.Join(" and ", winners.Select(w => w.Name))} select it equally; fix the tie");
    }
}
