using EcsWinReconciler.Core.Reconciliation;
using EcsWinReconciler.Lambda.Composition;
using Microsoft.Extensions.Logging;

namespace EcsWinReconciler.Lambda.Functions;

/// <summary>Selections, kept within the clusters the stack was deployed for.</summary>
internal static class StackSelections
{
    public static async Task<IReadOnlyList<Selection>> AllAsync(Reconciler reconciler, DeploymentSettings deployment, ILogger logger, CancellationToken cancellationToken) =>
        Within(await reconciler.SelectionsOfAllSpecsAsync(cancellationToken).ConfigureAwait(false), deployment, logger);

    public static IReadOnlyList<Selection> Within(IEnumerable<Selection> selections, DeploymentSettings deployment, ILogger logger)
    {
        var kept = new List<Selection>();
        foreach (var selection in selections.Distinct())
        {
            if (deployment.AllowsCluster(selection.Cluster))
            {
                kept.Add(selection);
            }
            else
            {
                FunctionLog.ClusterOutOfScope(logger, selection.Cluster);
            }
        }

        return kept;
    }

    /// <summary>
    /// Reconciles the selections, stopping by <paramref name="stopBy"/>, and says what was left. With a <paramref name="sweep"/>
    /// name the run continues where the previous run of that sweep stopped (see <see cref="Reconciler.AllSelectionsSweep"/>).
    /// </summary>
    public static async Task<RunSummary> ReconcileAsync(
        Reconciler reconciler, IReadOnlyList<Selection> selections, DateTimeOffset stopBy, string? sweep, ILogger logger, CancellationToken cancellationToken)
    {
        var summary = await reconciler.ReconcileSelectionsAsync(selections, stopBy, sweep, cancellationToken).ConfigureAwait(false);
        if (!summary.Remaining.IsEmpty)
        {
            FunctionLog.LeftOver(logger, summary.Remaining.Count, string.Join(", ", summary.Remaining.Take(5)));
        }

        return summary;
    }
}
