using EcsWinReconciler.Core.Reconciliation;
using EcsWinReconciler.TestSupport.Fakes;
using EcsWinReconciler.TestSupport.Specimens;

namespace EcsWinReconciler.Core.Tests.Reconciliation.Observe;

/// <summary>Issue 17: a sweep reads each host's ENIs, and its ENI capacity, once per run, however many batches its tasks fall in.</summary>
public class EniReadsTests
{
    [Fact]
    public async Task Resync_ThreeBatchesOnOneHost_OneEniReadForTheRun()
    {
        var harness = new ReconcilerHarness(WorldBuilder.Iis(tasks: 6), options: ReconcilerOptions.Default with { BatchSize = 2 }).WithIisSpec();

        var summary = await harness.ResyncAsync();

        Assert.Equal((6, 0), (summary.Judged, summary.Failed));
        Assert.Equal(1, harness.World.CallsTo("DescribeNetworkInterfaces"));
    }

    [Fact]
    public async Task Resync_ThreeBatchesOnOneHost_HostCapacityReadOnceForTheRun()
    {
        var harness = new ReconcilerHarness(WorldBuilder.Iis(tasks: 6), options: ReconcilerOptions.Default with { BatchSize = 2 }).WithIisSpec();

        await harness.ResyncAsync();

        Assert.Equal(1, harness.World.CallsTo("DescribeHostCapacity"));
    }

    [Fact]
    public async Task Resync_HostFilledUpBetweenRuns_NextRunSeesTheNewCount()
    {
        var harness = new ReconcilerHarness(WorldBuilder.Iis(tasks: 2)).WithIisSpec();
        await harness.ResyncAsync();
        var host = harness.World.Hosts.Values.Single();
        harness.World.Hosts[host.InstanceId] = host with { AttachedInterfaces = host.MaxInterfaces };
        harness.World.ResetCalls();

        var summary = await harness.ResyncAsync();

        Assert.Equal(1, harness.World.CallsTo("DescribeHostCapacity"));
        Assert.Contains(summary.Tasks.SelectMany(t => t.Findings), f => f.Check == Core.Drift.CheckIds.HostEniCapacity);
    }

    [Fact]
    public async Task Resync_EniGoneFromItsHost_AskedForByIdAndReportedGone()
    {
        var harness = new ReconcilerHarness(WorldBuilder.Iis(tasks: 3)).WithIisSpec();
        harness.World.Enis.Remove(Ids.EniId);

        var summary = await harness.ResyncAsync();

        Assert.Equal(2, harness.World.CallsTo("DescribeNetworkInterfaces"));
        Assert.Contains(summary.Tasks.Single(t => t.TaskArn == Ids.TaskArn).Findings, f => f.Check == Core.Drift.CheckIds.EniPresent);
    }

    [Fact]
    public async Task NextResync_SameHosts_ReadAgain()
    {
        var harness = new ReconcilerHarness(WorldBuilder.Iis(tasks: 2)).WithIisSpec();
        await harness.ResyncAsync();
        harness.World.ResetCalls();

        await harness.ResyncAsync();

        Assert.Equal(1, harness.World.CallsTo("DescribeNetworkInterfaces"));
    }
    /// <summary>A task whose host is not known has its ENI read by id, and the ENI found that way is the one judged.</summary>
    [Fact]
    public async Task Event_HostNotKnown_EniReadByIdAndFound()
    {
        var harness = new ReconcilerHarness().WithIisSpec();
        foreach (var (arn, instance) in harness.World.ContainerInstances.ToList())
        {
            harness.World.ContainerInstances[arn] = instance with { Ec2InstanceId = null };
        }

        var summary = await harness.OnTaskEventAsync();

        var outcome = Assert.Single(summary.Tasks);
        Assert.Equal(Core.Drift.JudgementKind.Judged, outcome.Judgement.Kind);
        Assert.DoesNotContain(outcome.Findings, f => f.Check is Core.Drift.CheckIds.EniPresent or Core.Drift.CheckIds.EniAttached);
        Assert.Equal(1, harness.World.CallsTo("DescribeNetworkInterfaces"));
    }
}
