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
    /// <summary>The judgement of every task without drift: immutable, so one instance serves them all.</summary>
    private static readonly Judgement NoDrift = Judgement.Judged([]);

    /// <param name="spec">The spec that selects the task.</param>
    /// <param name="observed">The task and its network as observed.</param>
    /// <param name="context">The observation time and thresholds; without it, checks that depend on time (a stuck rollout) are not run.</param>
    public static Judgement Evaluate(TaskNetworkSpec spec, TaskObservation observed, DriftContext? context = null)
    {
        if (Gate(spec, observed.Task, observed.Platform) is { } early)
        {
            return early;
        }

        var body = spec.Spec;
        List<Finding>? findings = null;
        EniChecks.Collect(body.Eni, observed, ref findings);
        SecurityGroupChecks.Collect(body.SecurityGroups, observed, ref findings);
        DnsChecks.Collect(body.Dns, observed, ref findings);
        CapacityChecks.Collect(observed, ref findings);
        ServiceChecks.Collect(observed, context, ref findings);
        SubnetCapacityChecks.Collect(body.Eni, observed, ref findings);
        HostReadyChecks.Collect(observed, ref findings);
        PathChecks.Collect(spec, observed, ref findings);
        ResolverRuleChecks.Collect(spec, observed, ref findings);
        return findings is null ? NoDrift : Judgement.Judged(DistinctSortedById(WithSpecSeverities(findings, body.Alerts)));
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

    /// <summary>The severities the spec sets per check, over each check's default.</summary>
    private static List<Finding> WithSpecSeverities(List<Finding> findings, AlertSpec alerts)
    {
        if (alerts.CheckSeverities.IsEmpty)
        {
            return findings;
        }

        return [.. findings.Select(f => alerts.CheckSeverities.FirstOrDefault(s => s.Key == f.Check) is { Key: not null } set ? f with { Severity = set.Value } : f)];
    }

    /// <summary>Each id once (the first finding with it, in check order), sorted by id; ids are built once per finding.</summary>
    private static EquatableArray<Finding> DistinctSortedById(List<Finding> findings)
    {
        var byId = new SortedDictionary<string, Finding>(StringComparer.Ordinal);
        foreach (var finding in findings)
        {
            byId.TryAdd(finding.Id, finding);
        }

        return byId.Values.ToEquatableArray();
    }

    /// <summary>
    /// A task ECS is taking down (desired STOPPED, whatever its last status): its ENI is going away, so judging it would
    /// only raise noise — e.g. a vanished ENI reported as drift while a deployment replaces the task.
    /// </summary>
    private static bool IsWindingDown(ObservedTask task) => task.DesiredStatus == TaskLifecycle.Stopped;
}
