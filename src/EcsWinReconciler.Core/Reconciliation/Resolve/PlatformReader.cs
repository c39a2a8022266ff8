using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.Core.Ports;
using Microsoft.Extensions.Logging;

namespace EcsWinReconciler.Core.Reconciliation;

/// <summary>
/// Reads each task's platform (its task definition, and its container instance's attributes in one call for the batch when
/// the definition does not say), then gives the verdicts that need no network: stopped, suspended, not Windows/awsvpc/EC2,
/// not yet running.
/// </summary>
internal sealed class PlatformReader(ITaskSource tasks, ILogger logger)
{
    public async Task ReadAsync(string cluster, List<TaskContext> contexts, CancellationToken cancellationToken)
    {
        foreach (var context in contexts.Where(c => c.Finished is null && c.VerdictWithoutNetwork is null))
        {
            await TaskGuard.RunAsync(context, logger, async () =>
                context.Definition = await tasks.DescribeTaskDefinitionAsync(context.Task!.TaskDefinitionArn, cancellationToken).ConfigureAwait(false),
                cancellationToken).ConfigureAwait(false);
        }

        var instances = await InstancesAsync(cluster, contexts, cancellationToken).ConfigureAwait(false);
        foreach (var context in contexts.Where(c => c.Finished is null && c.VerdictWithoutNetwork is null))
        {
            var attributes = context.Task!.ContainerInstanceArn is { } arn && instances.TryGetValue(arn, out var instance) ? instance.AttributeMap() : null;
            context.Platform = TaskPlatform.From(context.Definition!.OperatingSystemFamily, context.Definition.NetworkMode, attributes);
            context.VerdictWithoutNetwork = DriftEvaluator.Gate(context.Spec!.Spec, context.Task, context.Platform);
        }
    }

    private async Task<Dictionary<string, ContainerInstanceInfo>> InstancesAsync(string cluster, List<TaskContext> contexts, CancellationToken cancellationToken)
    {
        var instances = new Dictionary<string, ContainerInstanceInfo>(StringComparer.Ordinal);
        var needAttributes = contexts.Where(c => c.NeedsInstanceAttributes).ToList();
        if (needAttributes.Count == 0)
        {
            return instances;
        }

        var arns = needAttributes.Select(c => c.Task!.ContainerInstanceArn!).Distinct(StringComparer.Ordinal).ToList();
        try
        {
            foreach (var instance in await tasks.DescribeContainerInstancesAsync(cluster, arns, cancellationToken).ConfigureAwait(false))
            {
                instances[instance.Arn] = instance;
            }
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            ReconcilerLog.BatchFailed(logger, needAttributes.Count, cluster, ex);
            needAttributes.ForEach(c => c.Fail($"reading container instances failed: {ex.Message}"));
        }

        return instances;
    }
}
