using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.Core.Specs;

namespace EcsWinReconciler.Core.Reconciliation;

/// <summary>
/// Lists the running tasks of (cluster, family) selections, each task once (a cluster-wide selection covers its
/// families). Listing stops between selections once the deadline has passed; those selections are reported unlisted.
/// </summary>
internal static class SelectionListing
{
    public static async Task<(List<ReconcileTarget> Targets, List<string> Unlisted)> ListAsync(
        ITaskSource tasks, IReadOnlyList<Selection> selections, Func<bool> pastDeadline, CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var targets = new List<ReconcileTarget>();
        var unlisted = new List<string>();
        foreach (var (cluster, family) in Normalise(selections))
        {
            if (pastDeadline())
            {
                unlisted.Add($"{cluster}/{family ?? TaskSelector.AnyFamily} (not listed)");
                continue;
            }

            await foreach (var page in tasks.ListRunningTaskArnsAsync(cluster, family, cancellationToken).ConfigureAwait(false))
            {
                targets.AddRange(page.Where(seen.Add).Select(arn => ReconcileTarget.Lookup(cluster, arn)));
            }
        }

        return (targets, unlisted);
    }

    private static IEnumerable<(string Cluster, string? Family)> Normalise(IReadOnlyList<Selection> selections)
    {
        // A cluster-wide selection covers every family of that cluster: list it once, not per family.
        var wholeClusters = selections.Where(s => s.Family is null).Select(s => ClusterName(s.Cluster)).ToHashSet(StringComparer.Ordinal);
        return selections
            .Select(s => (Cluster: ClusterName(s.Cluster), s.Family))
            .Where(s => s.Family is null || !wholeClusters.Contains(s.Cluster))
            .Distinct()
            .OrderBy(s => s.Cluster, StringComparer.Ordinal)
            .ThenBy(s => s.Family, StringComparer.Ordinal);
    }

    private static string ClusterName(string cluster) => Networking.AwsIds.ClusterName(cluster);
}
