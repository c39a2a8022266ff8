using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.Core.Reconciliation;
using EcsWinReconciler.TestSupport.Fakes;
using EcsWinReconciler.TestSupport.Specimens;

namespace EcsWinReconciler.Core.Tests.Reconciliation.Observe;

/// <summary>The reads some findings need are made once per run: each service, and how many ENIs use each group with a forbidden rule.</summary>
public class SharedReadsTests
{
    /// <summary>The forbidden-ingress finding says how far a revoke reaches: every ENI that uses the group, counted.</summary>
    [Fact]
    public async Task Event_RdpOpenToTheWorld_FindingCountsTheEnisTheRevokeReaches()
    {
        var harness = new ReconcilerHarness(WorldBuilder.Iis(tasks: 3)).WithIisSpec();
        harness.World.OpenRdpToTheWorld();

        var summary = await harness.OnTaskEventAsync();

        Assert.Contains(Assert.Single(summary.Tasks).Findings, f => f.Check == CheckIds.ForbiddenIngress && f.Message.Contains("all 3 ENIs that use it", StringComparison.Ordinal));
        Assert.Equal(1, harness.World.CallsTo("CountEnisByGroup"));
    }

    /// <summary>A count that cannot be read only makes the message vaguer: the task is judged and the drift still reported.</summary>
    [Fact]
    public async Task Event_GroupUseCannotBeCounted_JudgedWithTheReachUnnumbered()
    {
        var harness = new ReconcilerHarness(WorldBuilder.Iis(tasks: 3)).WithIisSpec();
        harness.World.OpenRdpToTheWorld();
        harness.World.Failures["CountEnisByGroup"] = new AdapterException("ec2", "DescribeNetworkInterfaces", Ids.WebGroup, "throttled", isTransient: true);

        var summary = await harness.OnTaskEventAsync();

        var outcome = Assert.Single(summary.Tasks);
        Assert.Null(outcome.Error);
        Assert.Contains(outcome.Findings, f => f.Check == CheckIds.ForbiddenIngress && f.Message.Contains("every ENI that uses it", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Event_NoForbiddenRule_NoGroupCounted()
    {
        var harness = new ReconcilerHarness().WithIisSpec();

        await harness.OnTaskEventAsync();

        Assert.Equal(0, harness.World.CallsTo("CountEnisByGroup"));
    }

    /// <summary>Three batches of one service's tasks with one open group: the service and the group's use are read once for the run.</summary>
    [Fact]
    public async Task Resync_ThreeBatchesSharingAServiceAndAGroup_EachReadOnce()
    {
        var harness = new ReconcilerHarness(WorldBuilder.Iis(tasks: 3), options: ReconcilerOptions.Default with { BatchSize = 1 }).WithIisSpec();
        harness.World.OpenRdpToTheWorld();

        var summary = await harness.ResyncAsync();

        Assert.Equal((3, 0), (summary.Judged, summary.Failed));
        Assert.Equal(1, harness.World.CallsTo("DescribeServices"));
        Assert.Equal(1, harness.World.CallsTo("CountEnisByGroup"));
        Assert.All(summary.Tasks, t => Assert.Contains(t.Findings, f => f.Message.Contains("all 3 ENIs that use it", StringComparison.Ordinal)));
    }

    /// <summary>A service that cannot be described fails its tasks, and says which service.</summary>
    [Fact]
    public async Task Resync_ServiceCannotBeDescribed_ItsTasksFailNamingIt()
    {
        var harness = new ReconcilerHarness(WorldBuilder.Iis(tasks: 2)).WithIisSpec();
        harness.World.Failures["DescribeServices"] = new AdapterException("ecs", "DescribeServices", Ids.ServiceName, "throttled", isTransient: true);

        var summary = await harness.ResyncAsync();

        Assert.Equal(2, summary.Failed);
        Assert.All(summary.Tasks, t => Assert.StartsWith($"describing service {Ids.ServiceName} failed: ", t.Error, StringComparison.Ordinal));
    }
}
