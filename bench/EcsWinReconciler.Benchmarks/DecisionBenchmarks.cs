using BenchmarkDotNet.Attributes;
using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.Core.Planning;
using EcsWinReconciler.Core.Specs;
using EcsWinReconciler.TestSupport.Specimens;

namespace EcsWinReconciler.Benchmarks;

/// <summary>
/// The pure decision for one task, as TaskFinisher makes it: every check (DriftEvaluator.Evaluate), then the plan
/// (Planner.Plan). Healthy is the common case (a warm event, a resync); Drifted has RDP open to the world, the wrong
/// group set and the VPC's DNS hostnames off, with remediation on, so every planner path runs.
/// </summary>
[MemoryDiagnoser]
public class DecisionBenchmarks
{
    private readonly TaskNetworkSpec _alertOnly = IisSpec.Create();
    private readonly TaskNetworkSpec _remediate = IisSpec.Create(IisSpec.Remediate);
    private readonly TaskObservation _healthy = IisObservation.Healthy();
    private readonly TaskNetworkSpec _fullSpec = IisFullObservation.Spec();
    private readonly TaskObservation _fullHealthy = IisFullObservation.Healthy();
    private readonly TaskObservation _drifted = IisObservation.Healthy() with
    {
        Eni = IisObservation.Eni() with { GroupIds = [Ids.WebGroup, Ids.OtherGroup] },
        SecurityGroups = [IisObservation.WebGroup(IisObservation.RdpFromWorldRule), new ObservedSecurityGroup(Ids.OtherGroup, "legacy", Ids.VpcId, [])],
        Vpc = IisObservation.Vpc(hostnames: false),
    };

    /// <summary>The checks alone for a task without drift: nothing allocated at all (the judgement is a shared instance).</summary>
    [Benchmark]
    public Judgement HealthyChecksOnly() => DriftEvaluator.Evaluate(_alertOnly, _healthy);

    /// <summary>Checks and plan; what it allocates is the PlanningInput the caller builds (the plan is Plan.Nothing).</summary>
    [Benchmark(Baseline = true)]
    public Plan Healthy() => Decide(_alertOnly, _healthy);

    /// <summary>
    /// Checks and plan for a healthy task as production observes it since issue 12: subnet, ACL, routes, host, and the paths to
    /// two DNS servers and two domain controllers traced port by port (2 × 2 DNS services, 2 × 11 Active Directory ports).
    /// </summary>
    [Benchmark]
    public Plan HealthyAllPaths() => Decide(_fullSpec, _fullHealthy);

    /// <summary>The checks alone for the drifted task: most of what they allocate is the findings' messages (the result).</summary>
    [Benchmark]
    public Judgement DriftedChecksOnly() => DriftEvaluator.Evaluate(_remediate, _drifted);

    [Benchmark]
    public Plan Drifted() => Decide(_remediate, _drifted);

    private static Plan Decide(TaskNetworkSpec spec, TaskObservation observed)
    {
        var judgement = DriftEvaluator.Evaluate(spec, observed);
        return Planner.Plan(new PlanningInput(spec, observed, judgement.Findings, 10));
    }
}
