using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.Core.Reconciliation;
using EcsWinReconciler.Core.Specs;
using EcsWinReconciler.TestSupport.Fakes;
using EcsWinReconciler.TestSupport.Specimens;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.Extensions.Logging.Abstractions;

namespace EcsWinReconciler.Core.Tests.Reconciliation;

/// <summary>
/// Issue 8, safety, over random specs and task states, every task drifting in every way the actuator could repair
/// (RDP open to the world, an extra group on its ENI, VPC DNS hostnames off) with remediation on for everything:
/// a task the spec does not select, a task that is not Windows / awsvpc / EC2, or a suspended spec — nothing is
/// executed, not even as a dry-run, and nothing is claimed; and a forced dry-run never writes.
/// </summary>
[Properties(MaxTest = 300)]
public class ReconcilerSafetyPropertyTests
{
    public sealed record SafetyCase(
        string SpecCluster, string SpecFamily, bool Suspended, string TaskCluster, string TaskFamily,
        string? DefinitionOs, string? HostOsType, string NetworkMode, string LaunchType, int How)
    {
        /// <summary>The oracle, written from the design, not from the resolver: cluster by name, family exactly or "*".</summary>
        public bool Selected => SpecCluster == TaskCluster && (SpecFamily == TaskSelector.AnyFamily || SpecFamily == TaskFamily);

        public bool IsWindowsAwsvpcEc2 =>
            NetworkMode == "awsvpc" && LaunchType == "EC2" &&
            (DefinitionOs is { } os ? os.StartsWith("WINDOWS_SERVER", StringComparison.Ordinal) : HostOsType == "windows");

        public bool MayAct => Selected && IsWindowsAwsvpcEc2 && !Suspended;
    }

    private static Gen<SafetyCase> Cases() =>
        from specCluster in Gen.Elements("win-prod", "win-test")
        from specFamily in Gen.Elements("iis-webserver", "payments", TaskSelector.AnyFamily)
        from suspended in Gen.Frequency((1, Gen.Constant(true)), (4, Gen.Constant(false)))
        from taskCluster in Gen.Elements("win-prod", "win-test")
        from taskFamily in Gen.Elements("iis-webserver", "payments")
        from definitionOs in Gen.Elements<string?>(null, "WINDOWS_SERVER_2022_CORE", "WINDOWS_SERVER_2019_FULL", "LINUX")
        from hostOs in Gen.Elements<string?>(null, "windows", "linux")
        from networkMode in Gen.Frequency((4, Gen.Constant("awsvpc")), (1, Gen.Constant("bridge")))
        from launchType in Gen.Frequency((4, Gen.Constant("EC2")), (1, Gen.Constant("FARGATE")))
        from how in Gen.Choose(0, 2)
        select new SafetyCase(specCluster, specFamily, suspended, taskCluster, taskFamily, definitionOs, hostOs, networkMode, launchType, how);

    [Property]
    public Property Reconcile_TaskTheSpecMayNotActOn_NothingExecutedNothingClaimed() =>
        Prop.ForAll(Cases().ToArbitrary(), c =>
        {
            var harness = Build(c, out var taskArn);
            var summary = RunAsync(harness, harness.Reconciler, c, taskArn).GetAwaiter().GetResult();
            var executed = harness.Actuator.Executed.Count;
            var ledger = harness.Ledger.ListAsync(DateTimeOffset.MinValue, CancellationToken.None).GetAwaiter().GetResult().Count;
            var ok = c.MayAct
                ? executed > 0 && summary.Failed == 0
                : executed == 0 && ledger == 0 && summary.Failed == 0;
            return ok.Label($"{c}: executed {executed}, ledger {ledger}, failed {summary.Failed}, judgements [{string.Join("; ", summary.Tasks.Select(t => t.Judgement.Reason))}]");
        });

    [Property]
    public Property Reconcile_ForcedDryRun_NeverWrites() =>
        Prop.ForAll(Cases().ToArbitrary(), c =>
        {
            var harness = Build(c, out var taskArn);
            var dryRun = new Reconciler(harness.Ports, ReconcilerOptions.Default with { ForceDryRun = true }, harness.Time, NullLogger<Reconciler>.Instance);
            RunAsync(harness, dryRun, c, taskArn).GetAwaiter().GetResult();
            return (harness.Actuator.Writes == 0 && harness.World.WebGroupAllowsRdpFromWorld()).Label(c.ToString());
        });

    private static ReconcilerHarness Build(SafetyCase c, out string taskArn)
    {
        var world = WorldBuilder.Iis();
        world.OpenRdpToTheWorld();
        world.Vpcs[Ids.VpcId] = IisObservation.Vpc(hostnames: false);
        world.Enis[Ids.EniId] = world.Enis[Ids.EniId] with { GroupIds = [Ids.WebGroup, Ids.OtherGroup] };
        var definitionArn = $"arn:aws:ecs:us-east-1:111122223333:task-definition/{c.TaskFamily}:3";
        world.Definitions[definitionArn] = new TaskDefinitionInfo(definitionArn, c.TaskFamily, 3, c.NetworkMode, c.DefinitionOs);
        world.ContainerInstances[Ids.ContainerInstanceArn] = new ContainerInstanceInfo(
            Ids.ContainerInstanceArn, Ids.InstanceId, c.HostOsType is { } os ? [new("ecs.os-type", os)] : []);
        world.Tasks.Clear();
        taskArn = $"arn:aws:ecs:us-east-1:111122223333:task/{c.TaskCluster}/0a1b2c3d4e5f60718293a4b5c6d7e8f9";
        world.Tasks[taskArn] = IisObservation.Task() with
        {
            TaskArn = taskArn,
            ClusterArn = $"arn:aws:ecs:us-east-1:111122223333:cluster/{c.TaskCluster}",
            TaskDefinitionArn = definitionArn,
            LaunchType = c.LaunchType,
        };
        world.Services[FakeAwsWorld.ServiceKey(c.TaskCluster, Ids.ServiceName)] = IisObservation.Service() with { ClusterArn = $"arn:aws:ecs:us-east-1:111122223333:cluster/{c.TaskCluster}" };
        var spec = IisSpec.Create(IisSpec.Remediate);
        spec = spec with { Spec = spec.Spec with { Selector = new TaskSelector(c.SpecCluster, c.SpecFamily), Suspend = c.Suspended } };
        return new ReconcilerHarness(world).WithSpec(spec);
    }

    /// <summary>As an ECS event names it, as an API change or a user looks it up, or as a resync lists it.</summary>
    private static Task<RunSummary> RunAsync(ReconcilerHarness harness, Reconciler reconciler, SafetyCase c, string taskArn) => c.How switch
    {
        0 => reconciler.ReconcileAsync([ReconcileTarget.FromEvent(harness.World.Tasks[taskArn])], CancellationToken.None),
        1 => reconciler.ReconcileAsync([ReconcileTarget.Lookup(c.TaskCluster, taskArn)], CancellationToken.None),
        _ => reconciler.ReconcileSelectionsAsync([new(c.TaskCluster, null)], null, Reconciler.AllSelectionsSweep, CancellationToken.None),
    };
}
