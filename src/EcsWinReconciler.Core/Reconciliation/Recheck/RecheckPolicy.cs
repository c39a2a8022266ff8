using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Planning;

namespace EcsWinReconciler.Core.Reconciliation;

/// <summary>
/// When a root is looked at again soon (pure): a RUNNING task named by an event whose ENI is not ready yet is not judged
/// but re-checked; a root an action of ours was applied to is re-checked to see it converged; a repair the budget or another
/// run's claim held back is re-checked to try again. Each chain is bounded (<see cref="RecheckBackoff"/>); the resync stays
/// the backstop for whatever a chain leaves.
/// </summary>
public static class RecheckPolicy
{
    /// <summary>What the ENI findings say is missing, when the task's ENI is not ready yet (absent, without an id, gone, not attached); else null.</summary>
    public static string? UnreadyEni(Judgement judgement)
    {
        ArgumentNullException.ThrowIfNull(judgement);
        return judgement.Findings.FirstOrDefault(f => f.Check is CheckIds.EniPresent or CheckIds.EniAttached)?.Actual;
    }

    /// <summary>
    /// A task whose ENI is not ready may wait for it when an event or a re-check named it and a re-check is left; a sweep
    /// always judges (so I2 holds: a resync alerts what it finds).
    /// </summary>
    public static bool MayWaitForEni(ReconcileTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return (target.DeduplicateOnVersion || target.RecheckAttempt > 0) && target.RecheckAttempt < RecheckBackoff.MaxAttempts;
    }

    /// <summary>The status reason of a task waiting for its ENI.</summary>
    public static string WaitingReason(string missing, ReconcileTarget target) =>
        $"ENI not ready yet ({missing}); looked at again in {RecheckBackoff.DelayBefore(target.RecheckAttempt + 1)!.Value.TotalSeconds:0} s " +
        $"(re-check {target.RecheckAttempt + 1} of {RecheckBackoff.MaxAttempts})";

    /// <summary>The roots of one task's look that want a re-check, and why (one entry per root).</summary>
    /// <param name="taskArn">The task.</param>
    /// <param name="waitingForEni">Its judgement was put off until its ENI is ready.</param>
    /// <param name="judgement">Its judgement (the findings name the roots).</param>
    /// <param name="plan">Its plan.</param>
    /// <param name="executed">What became of the run's actions, by action key.</param>
    /// <param name="overBudget">The action keys the budget had no room for.</param>
    public static IReadOnlyList<(string Root, RecheckReason Reason)> Wanted(
        string taskArn, bool waitingForEni, Judgement judgement, Plan plan, IReadOnlyDictionary<string, ExecutedAction> executed, IReadOnlySet<string> overBudget)
    {
        ArgumentNullException.ThrowIfNull(judgement);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(executed);
        ArgumentNullException.ThrowIfNull(overBudget);
        if (waitingForEni)
        {
            return [(FindingRoot.Task(taskArn).Key, RecheckReason.EniNotReady)];
        }

        var wanted = new List<(string Root, RecheckReason Reason)>();
        foreach (var planned in plan.Actions.Where(a => !a.DryRun))
        {
            var reason = overBudget.Contains(planned.Action.Key)
                ? RecheckReason.RepairDeferred
                : executed.GetValueOrDefault(planned.Action.Key)?.Outcome.Result switch
                {
                    ActionResult.Applied => RecheckReason.RepairApplied,
                    ActionResult.BudgetExhausted or ActionResult.ClaimedElsewhere => RecheckReason.RepairDeferred,
                    _ => (RecheckReason?)null,
                };
            var root = judgement.Findings.FirstOrDefault(f => planned.FindingIds.Contains(f.Id))?.Root.Key;
            if (reason is { } why && root is not null && wanted.TrueForAll(w => w.Root != root))
            {
                wanted.Add((root, why));
            }
        }

        return wanted;
    }

    /// <summary>The next re-check of a root after a look at <paramref name="target"/>; null when its chain has used every attempt.</summary>
    public static RecheckRequest? Next(ReconcileTarget target, long version, DateTimeOffset observedAt, string root, RecheckReason reason)
    {
        ArgumentNullException.ThrowIfNull(target);
        var attempt = target.RecheckAttempt + 1;
        return RecheckBackoff.DelayBefore(attempt) is null
            ? null
            : new RecheckRequest(target.Cluster, target.TaskArn, root, reason, attempt, version, observedAt);
    }

    /// <summary>One request per root (the earliest due), so a run whose tasks share a root sends one.</summary>
    public static IReadOnlyList<RecheckRequest> Collapse(IEnumerable<RecheckRequest> requests) =>
        [.. requests.GroupBy(r => r.Root, StringComparer.Ordinal).Select(g => g.OrderBy(r => r.DueAt).First())];

    /// <summary>
    /// Why the re-check is not needed any more, or null when it is: a look newer than the one that asked for it (a later event
    /// version or a later stored status) already settled its root — the task was judged (the ENI came), stopped, or shows the
    /// root no more.
    /// </summary>
    public static string? WhySettled(RecheckRequest request, TaskNetworkStatus? stored)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (stored is null)
        {
            return null;
        }

        if (stored.Judgement == JudgementKind.Stopped)
        {
            return $"the task was seen {stored.LastStatus}";
        }

        var newer = stored.LastEventVersion > request.Version || stored.UpdatedAt > request.ObservedAt;
        if (!newer || stored.Judgement != JudgementKind.Judged)
        {
            return null;
        }

        return request.Reason == RecheckReason.EniNotReady || stored.Findings.All(f => f.Root != request.Root)
            ? $"a newer look (version {stored.LastEventVersion}, {stored.UpdatedAt:u}) judged it"
            : null;
    }
}
