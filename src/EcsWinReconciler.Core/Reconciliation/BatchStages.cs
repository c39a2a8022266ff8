using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.Core.Specs;
using Microsoft.Extensions.Logging;

namespace EcsWinReconciler.Core.Reconciliation;

/// <summary>
/// The first stages of a batch: find each task (event snapshot or one DescribeTasks for the rest), its spec,
/// drop duplicate or stale events, then its platform (task definition, and container instance attributes in one
/// call when the definition does not say) and the verdicts that need no network observation.
/// </summary>
internal sealed class BatchStages(ReconcilerPorts ports, ILogger logger)
{
    /// <param name="cluster">The batch's cluster.</param>
    /// <param name="contexts">The batch's tasks.</param>
    /// <param name="specs">Every stored spec.</param>
    /// <param name="known">The stored statuses of the whole selection when a resync listed them; null: read each task's.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    public async Task ResolveAsync(string cluster, List<TaskContext> contexts, IReadOnlyList<StoredSpec> specs, IReadOnlyDictionary<string, TaskNetworkStatus>? known, CancellationToken cancellationToken)
    {
        var lookups = contexts.Where(c => c.Target.Snapshot is null).Select(c => c.Target.TaskArn).ToList();
        Dictionary<string, ObservedTask> described = [];
        try
        {
            if (lookups.Count > 0)
            {
                described = (await ports.Tasks.DescribeTasksAsync(cluster, lookups, cancellationToken).ConfigureAwait(false)).ToDictionary(t => t.TaskArn, StringComparer.Ordinal);
            }
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // The batch's tasks could not be described: they are reported failed (the next run retries them); the run goes on.
            ReconcilerLog.BatchFailed(logger, lookups.Count, cluster, ex);
            foreach (var context in contexts.Where(c => c.Target.Snapshot is null))
            {
                context.Outcome = TaskOutcome.Failed(context.Target.TaskArn, null, $"describing the tasks failed: {ex.Message}");
            }
        }

        foreach (var context in contexts.Where(c => c.Outcome is null))
        {
            await GuardAsync(context, async () =>
            {
                context.Previous = known is null
                    ? await ports.Status.GetAsync(context.Target.TaskArn, cancellationToken).ConfigureAwait(false)
                    : known.GetValueOrDefault(context.Target.TaskArn);
                context.Task = context.Target.Snapshot ?? described.GetValueOrDefault(context.Target.TaskArn);
                if (context.Task is null)
                {
                    context.Outcome = Vanished(context);
                    return;
                }

                var resolution = SpecResolver.Resolve(specs, context.Task.ClusterArn, context.Task.Family);
                var spec = (resolution as SpecResolution.Selected)?.Spec;
                context.Spec = spec;
                if (spec is null)
                {
                    context.Early = Judgement.Skipped(WhyNoSpec(resolution));
                }
                else if (IsAlreadySeen(context, spec))
                {
                    context.Outcome = new TaskOutcome(context.Task.TaskArn, spec.Name,
                        Judgement.Skipped($"event version {context.Task.Version} already handled (stored version {context.Previous!.LastEventVersion})"),
                        Planning.Plan.Nothing, [], [], StatusWriteSummary.NotWritten);
                }
            }, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task PlatformsAsync(string cluster, List<TaskContext> contexts, CancellationToken cancellationToken)
    {
        foreach (var context in contexts.Where(c => c.Outcome is null && c.Early is null))
        {
            await GuardAsync(context, async () =>
                context.Definition = await ports.Tasks.DescribeTaskDefinitionAsync(context.Task!.TaskDefinitionArn, cancellationToken).ConfigureAwait(false),
                cancellationToken).ConfigureAwait(false);
        }

        var needAttributes = contexts.Where(c => c.NeedsInstanceAttributes).ToList();
        var instances = new Dictionary<string, ContainerInstanceInfo>(StringComparer.Ordinal);
        if (needAttributes.Count > 0)
        {
            var arns = needAttributes.Select(c => c.Task!.ContainerInstanceArn!).Distinct(StringComparer.Ordinal).ToList();
            try
            {
                foreach (var instance in await ports.Tasks.DescribeContainerInstancesAsync(cluster, arns, cancellationToken).ConfigureAwait(false))
                {
                    instances[instance.Arn] = instance;
                }
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                ReconcilerLog.BatchFailed(logger, needAttributes.Count, cluster, ex);
                needAttributes.ForEach(c => c.Outcome = TaskOutcome.Failed(c.Target.TaskArn, c.Spec?.Name, $"reading container instances failed: {ex.Message}"));
            }
        }

        foreach (var context in contexts.Where(c => c.Outcome is null && c.Early is null))
        {
            var attributes = context.Task!.ContainerInstanceArn is { } arn && instances.TryGetValue(arn, out var instance) ? instance.AttributeMap() : null;
            context.Platform = TaskPlatform.From(context.Definition!.OperatingSystemFamily, context.Definition.NetworkMode, attributes);
            context.Early = DriftEvaluator.Gate(context.Spec!.Spec, context.Task, context.Platform);
        }
    }

    /// <summary>
    /// Task-state events are deduplicated on (task, version): a version at or below the stored one, judged against
    /// the same spec generation, was handled already (or is older news).
    /// </summary>
    private static bool IsAlreadySeen(TaskContext context, StoredSpec spec) =>
        context.Target.DeduplicateOnVersion &&
        context.Previous is { } previous &&
        (previous.LastEventVersion > context.Task!.Version ||
         (previous.LastEventVersion == context.Task.Version && previous.ObservedGeneration == spec.Generation && previous.SpecName == spec.Name));

    private static string WhyNoSpec(SpecResolution resolution) => resolution switch
    {
        SpecResolution.Ambiguous tie => $"specs {string.Join(" and ", tie.Names)} select it equally; fix the tie",
        _ => "no spec selects it",
    };

    /// <summary>ECS no longer knows the task (stopped more than an hour ago): treat it as stopped.</summary>
    private TaskOutcome? Vanished(TaskContext context)
    {
        if (context.Previous is not { } previous)
        {
            return new TaskOutcome(context.Target.TaskArn, null, Judgement.Skipped("task not found in ECS"), Planning.Plan.Nothing, [], [], StatusWriteSummary.NotWritten);
        }

        context.Task = new ObservedTask(previous.TaskArn, previous.ClusterArn, $"task-definition/{previous.Family}", null, null,
            TaskLifecycle.Stopped, TaskLifecycle.Stopped, previous.LastEventVersion, null, null, []);
        context.Early = Judgement.Stopped("gone from ECS");
        return null;
    }

    private async Task GuardAsync(TaskContext context, Func<Task> work, CancellationToken cancellationToken)
    {
        using var scope = logger.BeginScope(Reconciler.LogScope(context));
        try
        {
            await work().ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            ReconcilerLog.TaskFailed(logger, Networking.AwsIds.TaskId(context.Target.TaskArn), ex);
            context.Outcome = TaskOutcome.Failed(context.Target.TaskArn, context.Spec?.Name, ex.Message);
        }
    }
}
