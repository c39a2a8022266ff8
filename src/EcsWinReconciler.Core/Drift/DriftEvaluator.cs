using EcsWinReconciler.Core.Common;
using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.Core.Specs;

namespace EcsWinReconciler.Core.Drift;

/// <summary>
/// Runs every check for one task: <c>(spec, observed) → judgement</c>. Pure and deterministic: findings come
/// out sorted by id, each id once.
/// </summary>
public static class DriftEvaluator
{
    public static Judgement Evaluate(TaskNetworkSpec spec, TaskObservation observed)
    {
        var task = observed.Task;
        if (task.IsStopped || IsWindingDown(task))
        {
            return Judgement.Stopped(task.LastStatus);
        }

        if (spec.Spec.Suspend)
        {
            return Judgement.Skipped($"spec {spec.Name} is suspended");
        }

        if (PlatformGate.SkipReason(task, observed.Platform) is { } reason)
        {
            return Judgement.Skipped(reason);
        }

        if (!task.IsRunning)
        {
            return Judgement.NotYetRunning(task.LastStatus);
        }

        var body = spec.Spec;
        var findings = EniChecks.Evaluate(body.Eni, observed)
            .Concat(SecurityGroupChecks.Evaluate(body.SecurityGroups, observed))
            .Concat(DnsChecks.Evaluate(body.Dns, observed))
            .Concat(CapacityChecks.Evaluate(observed))
            .DistinctBy(f => f.Id, StringComparer.Ordinal)
            .OrderBy(f => f.Id, StringComparer.Ordinal)
            .ToEquatableArray();
        return Judgement.Judged(findings);
    }

    /// <summary>A task ECS is taking down: its ENI is going away, judging it would only raise noise.</summary>
    private static bool IsWindingDown(ObservedTask task) =>
        task.DesiredStatus == TaskLifecycle.Stopped &&
        task.LastStatus is TaskLifecycle.Deactivating or TaskLifecycle.Stopping or TaskLifecycle.Deprovisioning;
}
