using EcsWinReconciler.Cli.Hosting;
using EcsWinReconciler.Core.Reconciliation;

namespace EcsWinReconciler.Cli.Reconcile;

/// <summary>
/// Runs the Lambdas' <see cref="Reconciler"/> from a workstation. The running tasks are listed first, so progress
/// has a total; then they are reconciled batch by batch (one DescribeTasks / DescribeNetworkInterfaces per batch,
/// as the resync function does), reporting after each batch.
/// </summary>
internal sealed class ReconcileRunner(ReconcilerPorts ports, Reconciler reconciler, int batchSize)
{
    public async Task<IReadOnlyList<ReconcileTarget>> TargetsAsync(ReconcileScope scope, CancellationToken cancellationToken)
    {
        if (scope.TaskArn is { } idOrArn)
        {
            // DescribeTasks takes an id or an ARN; what it answers is the task as it is now, so it stands in for the lookup.
            var found = await ports.Tasks.DescribeTasksAsync(scope.Cluster, [idOrArn], cancellationToken).ConfigureAwait(false);
            return found.Count > 0
                ? [new ReconcileTarget(scope.Cluster, found[0].TaskArn, found[0])]
                : throw new CliException(
                    $"task {idOrArn} was not found in cluster {scope.Cluster}",
                    "give a task id or ARN that 'ewr status' or 'aws ecs list-tasks' shows; ECS forgets a stopped task about an hour after it stopped");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var targets = new List<ReconcileTarget>();
        await foreach (var page in ports.Tasks.ListRunningTaskArnsAsync(scope.Cluster, scope.Family, cancellationToken).ConfigureAwait(false))
        {
            targets.AddRange(page.Where(seen.Add).Select(a => ReconcileTarget.Lookup(scope.Cluster, a)));
        }

        return targets;
    }

    /// <summary>Reconciles every target; <paramref name="progress"/> gets the summary so far after each batch.</summary>
    public async Task<RunSummary> RunAsync(IReadOnlyList<ReconcileTarget> targets, Action<RunSummary> progress, CancellationToken cancellationToken)
    {
        var summary = RunSummary.Empty;
        foreach (var batch in targets.Chunk(batchSize))
        {
            summary = summary.Merge(await reconciler.ReconcileAsync(batch, cancellationToken).ConfigureAwait(false));
            progress(summary);
        }

        return summary;
    }
}
