using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.Core.Ports;
using Microsoft.Extensions.Logging;

namespace EcsWinReconciler.Core.Reconciliation;

/// <summary>
/// Reads each task's platform (its task definition, and its container instance in one call for the batch: its attributes
/// say the OS when the definition does not, and its agent's facts say whether the host can run awsvpc tasks), then gives
/// the verdicts that need no network: stopped, suspended, not Windows/awsvpc/EC2, not yet running.
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
            context.ContainerInstance = context.Task!.ContainerInstanceArn is { } arn ? instances.GetValueOrDefault(arn) : null;
            var attributes = context.ContainerInstance?.AttributeMap();
            context.Platform = TaskPlatform.From(context.Definition!.OperatingSystemFamily, context.Definition.NetworkMode, attributes);
            context.VerdictWithoutNetwork = DriftEvaluator.Gate(context.Spec!.Spec, context.Task, context.Platform);
        }
    }

    private async Task<Dictionary<string, ContainerInstanceInfo>> InstancesAsync(string cluster, List<TaskContext> contexts, CancellationToken cancellationToken)
    {
        var instances = new Dictionary<string, ContainerInstanceInfo>(StringComparer.Ordinal);
        var needAttributes = contexts.Where(c => c.NeedsInstanceAttributes).ToList();
        var arns = contexts.Where(c => c.Finished is null && c.VerdictWithoutNetwork is null)
            .Select(c => c.Task!.ContainerInstanceArn).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (arns.Count == 0)
        {
            return instances;
        }

        try
        {
            foreach (var instance in await tasks.DescribeContainerInstancesAsync(cluster, arns, cancellationToken).ConfigureAwait(false))
            {
                instances[instance.Arn] = instance;
            }
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Only a task whose OS the instance had to tell fails; the others go on without the host's readiness judged.
            ReconcilerLog.BatchFailed(logger, needAttributes.Count, cluster, ex);
            needAttributes.ForEach(c => c.Fail($"reading container instances failed: {ex.Message}"));
        }

        return instances;
    }
}
