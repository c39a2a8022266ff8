using EcsWinReconciler.Core.Alerting;
using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Reconciliation;
using EcsWinReconciler.TestSupport.Fakes;
using EcsWinReconciler.TestSupport.Specimens;

namespace EcsWinReconciler.Core.Tests.Reconciliation.Sweeps;

/// <summary>
/// Issue 17: a sweep judges the tasks it knows from their stored facts, without DescribeTasks, and describes only what it
/// must — new tasks, tasks whose facts cannot be trusted, and tasks whose ENI contradicts their facts.
/// </summary>
public class SelectionSweepStoredFactsTests
{
    private static readonly ReconcilerOptions NeverDue = new() { StoredFactsConfirmWindow = TimeSpan.Zero };

    [Fact]
    public async Task Resync_KnownHealthyFleet_NoDescribeTasksAndNoWrite()
    {
        var harness = new ReconcilerHarness(WorldBuilder.Iis(tasks: 5), options: NeverDue).WithIisSpec();
        await harness.ResyncAsync();
        var writes = harness.Status.Writes;
        harness.World.ResetCalls();

        var summary = await harness.ResyncAsync();

        Assert.Equal((5, 0), (summary.Judged, summary.Failed));
        Assert.Equal(0, harness.World.CallsTo("DescribeTasks"));
        Assert.Equal(writes, harness.Status.Writes);
    }

    [Fact]
    public async Task Resync_NewTaskBesideKnownOnes_OnlyTheNewOneDescribed()
    {
        var harness = new ReconcilerHarness(WorldBuilder.Iis(tasks: 3), options: NeverDue).WithIisSpec();
        await harness.ResyncAsync();
        var newcomer = WorldBuilder.NewTask(harness.World, "arn:aws:ecs:us-east-1:111122223333:task/win-prod/" + new string('7', 32), harness.World.Tasks[Ids.TaskArn], Ids.SubnetA, [Ids.WebGroup], 50);
        harness.World.Tasks[newcomer.TaskArn] = newcomer;
        var described = new List<int>();
        harness.World.OnDescribeTasks = () => described.Add(1);

        var summary = await harness.ResyncAsync();

        Assert.Equal(4, summary.Judged);
        Assert.Single(described);
        Assert.NotNull(await harness.Status.GetAsync(newcomer.TaskArn, CancellationToken.None));
    }

    /// <summary>The ENI the facts name was deleted and the task has a new one in a group set the spec forbids.</summary>
    [Fact]
    public async Task Resync_KnownTaskWhoseEniChangedUnderfoot_DescribedAndItsDriftAlerted()
    {
        var harness = new ReconcilerHarness(WorldBuilder.Iis(), options: NeverDue).WithIisSpec();
        await harness.ResyncAsync();
        var task = harness.World.Tasks[Ids.TaskArn];
        var swapped = WorldBuilder.NewTask(harness.World, task.TaskArn, task, Ids.SubnetA, [Ids.WebGroup, Ids.OtherGroup], 77);
        harness.World.Tasks[task.TaskArn] = task with { Attachments = swapped.Attachments };
        harness.World.Enis.Remove(Ids.EniId);
        harness.World.ResetCalls();

        var summary = await harness.ResyncAsync();

        Assert.Equal((1, 0), (summary.Judged, summary.Failed));
        Assert.Equal(1, harness.World.CallsTo("DescribeTasks"));
        var alerts = await harness.Alerts.ListAsync(openOnly: true, CancellationToken.None);
        Assert.Contains(alerts, a => a.Key == AlertKey.For(IisSpec.Create().Name, Finding.CauseOf(CheckIds.SecurityGroupSet, FindingRoot.Service(Ids.ServiceArn))));
        var status = await harness.Status.GetAsync(task.TaskArn, CancellationToken.None);
        Assert.Equal(swapped.EniAttachment!.NetworkInterfaceId, status!.Facts!.Eni!.NetworkInterfaceId);
    }

    [Fact]
    public async Task Resync_EveryTaskDueForConfirmation_EveryTaskDescribed()
    {
        var alwaysDue = new ReconcilerOptions { StoredFactsConfirmWindow = ReconcilerOptions.Default.StoredFactsConfirmEvery };
        var harness = new ReconcilerHarness(WorldBuilder.Iis(tasks: 3), options: alwaysDue).WithIisSpec();
        await harness.ResyncAsync();
        harness.World.ResetCalls();

        await harness.ResyncAsync();

        Assert.Equal(1, harness.World.CallsTo("DescribeTasks"));
    }

    /// <summary>ECS no longer lists a known task: it is looked up as before (a stopped task is closed even with its event lost).</summary>
    [Fact]
    public async Task Resync_KnownTaskStoppedWithItsEventLost_LookedUpAndClosed()
    {
        var harness = new ReconcilerHarness(WorldBuilder.Iis(), options: NeverDue).WithIisSpec();
        await harness.ResyncAsync();
        harness.Actuator.Replace(harness.World.Tasks[Ids.TaskArn]);

        await harness.ResyncAsync();

        Assert.Equal(JudgementKind.Stopped, (await harness.Status.GetAsync(Ids.TaskArn, CancellationToken.None))!.Judgement);
    }
}
