using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.Core.Specs;
using Microsoft.Extensions.Logging;

namespace EcsWinReconciler.Core.Reconciliation;

/// <summary>
/// Lists the running tasks of (cluster, family) selections, each task once (a cluster-wide selection covers its
/// families). Listing stops between selections once the deadline has passed; those selections are reported unlisted, and so
/// is a selection whose listing failed (issue 18: one throttled ListTasks used to end the whole resync, its outbox included).
/// </summary>
internal static class SelectionListing
{
    public static async Task<(List<ReconcileTarget> Targets, List<string> Unlisted, List<string> Failures)> ListAsync(
        ITaskSource tasks, IReadOnlyList<Selection> selections, Func<bool> pastDeadline, ILogger logger, CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var targets = new List<ReconcileTarget>();
        var unlisted = new List<string>();
        var failures = new List<string>();
        foreach (var (cluster, family) in Normalise(selections))
        {
            if (pastDeadline())
            {
                unlisted.Add($"{cluster}/{family ?? TaskSelector.AnyFamily} (not listed)");
                continue;
            }

            try
            {
                await foreach (var page in tasks.ListRunningTaskArnsAsync(cluster, family, cancellationToken).ConfigureAwait(false))
                {
                    targets.AddRange(page.Where(seen.Add).Select(arn => ReconcileTarget.Lookup(cluster, arn)));
                }
            }
            catch (AdapterException ex) when (!cancellationToken.IsCancellationRequested)
            {
                // The pages listed before the failure are reconciled; the selection counts as not listed, so nothing is
                // taken for stopped or resolved for want of a task.
                var name = $"{cluster}/{family ?? TaskSelector.AnyFamily}";
                ReconcilerLog.SelectionNotListed(logger, name, ex);
                unlisted.Add($"{name} (listing failed)");
                failures.Add($"{name}: {ex.Message}");
            }
        }

        return (targets, unlisted, failures);
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
