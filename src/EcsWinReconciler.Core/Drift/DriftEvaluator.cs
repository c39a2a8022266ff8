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
        if (Gate(spec, observed.Task, observed.Platform) is { } early)
        {
            return early;
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

    /// <summary>
    /// The verdict that needs no network observation (stopped, suspended, not ours, not yet running), or null
    /// when the task must be judged: the reconciler asks this before spending any EC2 call.
    /// </summary>
    public static Judgement? Gate(TaskNetworkSpec spec, ObservedTask task, TaskPlatform platform)
    {
        if (task.IsStopped || IsWindingDown(task))
        {
            return Judgement.Stopped(task.LastStatus);
        }

        if (spec.Spec.Suspend)
        {
            return Judgement.Skipped($"spec {spec.Name} is suspended");
        }

        if (PlatformGate.SkipReason(task, platform) is { } reason)
        {
            return Judgement.Skipped(reason);
        }

        return task.IsRunning ? null : Judgement.NotYetRunning(task.LastStatus);
    }

    /// <summary>
    /// A task ECS is taking down (desired STOPPED, whatever its last status): its ENI is going away, so judging it would
    /// only raise noise — e.g. a vanished ENI reported as drift while a deployment replaces the task.
    /// </summary>
    private static bool IsWindingDown(ObservedTask task) => task.DesiredStatus == TaskLifecycle.Stopped;
}
