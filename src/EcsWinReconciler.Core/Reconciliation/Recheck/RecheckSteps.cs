using EcsWinReconciler.Core.Common;
using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Planning;
using Microsoft.Extensions.Logging;

namespace EcsWinReconciler.Core.Reconciliation;

/// <summary>
/// Where a batch applies <see cref="RecheckPolicy"/>: after the diff (a task whose ENI is not ready waits instead of being
/// judged) and when a task's outcome is written (the re-checks it asks for). Off when nothing can deliver a re-check, and in
/// a read-only run.
/// </summary>
internal sealed class RecheckSteps(bool enabled, ILogger logger)
{
    private static readonly Dictionary<string, ExecutedAction> NoActions = new(StringComparer.Ordinal);
    private static readonly HashSet<string> NoKeys = new(StringComparer.Ordinal);

    /// <summary>A task an event or a re-check named whose ENI is not ready yet is not judged (no alert for an ENI ECS is still attaching).</summary>
    public void WaitForUnreadyEnis(IEnumerable<TaskContext> judged)
    {
        if (!enabled)
        {
            return;
        }

        foreach (var task in judged.Where(c => c.Finished is null && c.Judgement is { Kind: JudgementKind.Judged } && RecheckPolicy.MayWaitForEni(c.Target)))
        {
            if (RecheckPolicy.UnreadyEni(task.Judgement!) is { } missing)
            {
                task.WaitingForEni = true;
                task.Judgement = Judgement.WaitingForEni(RecheckPolicy.WaitingReason(missing, task.Target));
                task.Rechecks = RecheckPolicy.Wanted(task.Target.TaskArn, true, task.Judgement, Plan.Nothing, NoActions, NoKeys);
            }
        }
    }

    /// <summary>The re-checks the task's look asks for; a chain whose attempts are used up asks for none (the resync is the backstop).</summary>
    public EquatableArray<RecheckRequest> Next(TaskContext context, DateTimeOffset observedAt)
    {
        if (!enabled)
        {
            return [];
        }

        var next = new List<RecheckRequest>();
        foreach (var (root, reason) in context.Rechecks)
        {
            if (RecheckPolicy.Next(context.Target, context.Task!.Version, observedAt, root, reason) is { } request)
            {
                next.Add(request);
            }
            else
            {
                ReconcilerLog.RechecksExhausted(logger, root, RecheckBackoff.MaxAttempts);
            }
        }

        return next.ToEquatableArray();
    }
}
