using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.Core.Specs;
using Microsoft.Extensions.Logging;

namespace EcsWinReconciler.Core.Reconciliation;

/// <summary>
/// The resolve stage of a batch: each task (its event's snapshot, or one DescribeTasks for the rest), its stored status, its
/// spec, and the duplicate or older events to drop. A task ECS no longer knows is taken as stopped when a status says it ran.
/// </summary>
internal sealed class TaskResolver(ITaskSource tasks, IStatusStore statuses, ILogger logger)
{
    /// <param name="cluster">The batch's cluster.</param>
    /// <param name="contexts">The batch's tasks.</param>
    /// <param name="specs">Every stored spec.</param>
    /// <param name="known">The stored statuses of the whole selection when a sweep listed them; null: read each task's.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    public async Task ResolveAsync(string cluster, List<TaskContext> contexts, IReadOnlyList<StoredSpec> specs, IReadOnlyDictionary<string, TaskNetworkStatus>? known, CancellationToken cancellationToken)
    {
        var lookups = contexts.Where(c => NeedsDescribing(c, known)).Select(c => c.Target.TaskArn).ToList();
        Dictionary<string, ObservedTask> described = [];
        try
        {
            if (lookups.Count > 0)
            {
                described = (await tasks.DescribeTasksAsync(cluster, lookups, cancellationToken).ConfigureAwait(false)).ToDictionary(t => t.TaskArn, StringComparer.Ordinal);
            }
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // The batch's tasks could not be described: they are reported failed (the next run retries them); the run goes on.
            ReconcilerLog.BatchFailed(logger, lookups.Count, cluster, ex);
            contexts.Where(c => NeedsDescribing(c, known)).ToList().ForEach(c => c.Fail($"describing the tasks failed: {ex.Message}"));
        }

        foreach (var context in contexts.Where(c => c.Finished is null))
        {
            await TaskGuard.RunAsync(context, logger, async () =>
            {
                context.Previous = known is null
                    ? await statuses.GetAsync(context.Target.TaskArn, cancellationToken).ConfigureAwait(false)
                    : known.GetValueOrDefault(context.Target.TaskArn);
                context.PreviousListed = known is not null;
                context.Task = context.Target.Snapshot
                    ?? (context.Target.FromStoredFacts ? context.Previous?.Facts?.TaskOf(context.Previous) : null)
                    ?? described.GetValueOrDefault(context.Target.TaskArn);
                if (context.Task is null)
                {
                    TakeAsStopped(context);
                    return;
                }

                var resolution = SpecResolver.Resolve(specs, context.Task.ClusterArn, context.Task.Family);
                var spec = (resolution as SpecResolution.Selected)?.Spec;
                context.Spec = spec;
                if (spec is null)
                {
                    context.VerdictWithoutNetwork = Judgement.Skipped(WhyNoSpec(resolution));
                }
                else if (IsAlreadySeen(context, spec))
                {
                    context.Finished = new TaskOutcome(context.Task.TaskArn, spec.Name,
                        Judgement.Skipped($"event version {context.Task.Version} already handled (stored version {context.Previous!.LastEventVersion})"),
                        Planning.Plan.Nothing, [], StatusWriteSummary.NotWritten);
                }
            }, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>A task with neither an event's snapshot nor stored facts the sweep listed is described.</summary>
    private static bool NeedsDescribing(TaskContext context, IReadOnlyDictionary<string, TaskNetworkStatus>? known) =>
        context.Target.Snapshot is null && !(context.Target.FromStoredFacts && known?.GetValueOrDefault(context.Target.TaskArn)?.Facts is not null);

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

    /// <summary>ECS no longer knows the task (it stopped long enough ago): verified gone. Without a stored status there is nothing to close.</summary>
    private static void TakeAsStopped(TaskContext context)
    {
        if (context.Previous is not { } previous)
        {
            context.Finished = new TaskOutcome(context.Target.TaskArn, null, Judgement.Skipped(TaskNotFound), Planning.Plan.Nothing, [], StatusWriteSummary.NotWritten);
            return;
        }

        context.Task = new ObservedTask(previous.TaskArn, previous.ClusterArn, $"task-definition/{previous.Family}", null, null,
            TaskLifecycle.Stopped, TaskLifecycle.Stopped, previous.LastEventVersion, null, null, []);
        context.VerdictWithoutNetwork = Judgement.Stopped("gone from ECS");
    }

    /// <summary>The reason a task ECS does not know, and no status remembers, is skipped with.</summary>
    public const string TaskNotFound = "task not found in ECS";
}
