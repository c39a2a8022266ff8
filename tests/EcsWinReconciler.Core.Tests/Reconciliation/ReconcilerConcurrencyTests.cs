using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Reconciliation;
using EcsWinReconciler.Core.Planning;
using EcsWinReconciler.TestSupport.Fakes;
using EcsWinReconciler.TestSupport.Specimens;

namespace EcsWinReconciler.Core.Tests.Reconciliation;

public class ReconcilerConcurrencyTests
{
    [Fact]
    public async Task Reconcile_TwentyParallelRemediations_ApplyExactlyOneAction()
    {
        var harness = new ReconcilerHarness().WithIisSpec(IisSpec.Remediate);
        harness.World.OpenRdpToTheWorld();

        var runs = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => harness.LookAtAsync())));

        Assert.Equal(1, runs.Sum(r => r.ActionsApplied));
        Assert.Equal(1, harness.Actuator.Writes);
        Assert.False(harness.World.WebGroupAllowsRdpFromWorld());
    }

    [Fact]
    public async Task Reconcile_TwentyParallelAlerts_OpenExactlyOneAlertAndSendOneMessage()
    {
        var harness = new ReconcilerHarness().WithIisSpec();
        harness.World.OpenRdpToTheWorld();

        var runs = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => harness.LookAtAsync())));

        Assert.Equal(1, runs.Sum(r => r.AlertsOpened));
        Assert.Single(harness.Sink.Published);
    }

    [Fact]
    public async Task Reconcile_SharedRuleOnManyTasks_OneAlertListsEveryTaskAndOneResolve()
    {
        var harness = new ReconcilerHarness(WorldBuilder.Iis(tasks: 3)).WithIisSpec();
        harness.World.OpenRdpToTheWorld();

        await harness.Reconciler.ReconcileSelectionsAsync([new("win-prod", "iis-webserver")], null, CancellationToken.None);
        var alert = Assert.Single(await harness.Alerts.ListAsync(openOnly: true, CancellationToken.None));
        harness.World.Groups[Ids.WebGroup] = IisObservation.WebGroup();
        await harness.LookAtAsync();

        Assert.Equal(3, alert.AffectedTasks.Count);
        Assert.Equal(2, harness.Sink.Published.Count);
        Assert.Empty(await harness.Alerts.ListAsync(openOnly: true, CancellationToken.None));
    }

    [Fact]
    public async Task Reconcile_ServiceUpdatedForOneTask_TheOthersAreNotStoppedWhileItRollsOut()
    {
        var world = WorldBuilder.Iis(tasks: 3);
        world.RollingDeployments = true;
        foreach (var eni in world.Enis.Keys.ToList())
        {
            world.Enis[eni] = world.Enis[eni] with { GroupIds = [Ids.OtherGroup] };
        }

        world.Services[FakeAwsWorld.ServiceKey(Ids.ClusterArn, Ids.ServiceName)] = IisObservation.Service() with { SecurityGroups = [Ids.OtherGroup] };
        var harness = new ReconcilerHarness(world).WithIisSpec(IisSpec.Remediate);

        var first = await harness.Reconciler.ReconcileSelectionsAsync([new("win-prod", null)], null, CancellationToken.None);
        var second = await harness.Reconciler.ReconcileSelectionsAsync([new("win-prod", null)], null, CancellationToken.None);

        Assert.Equal(["UpdateServiceNetwork"], harness.Actuator.Executed.Select(e => e.Action.GetType().Name));
        Assert.All(world.Tasks.Values, t => Assert.True(t.IsRunning));
        Assert.DoesNotContain(await harness.Alerts.ListAsync(openOnly: false, CancellationToken.None), a => a.Check == CheckIds.SecurityGroupSet);
        Assert.Equal(0, first.Failed + second.Failed);
        var statuses = await harness.Status.ListAsync("win-prod", null, CancellationToken.None);
        Assert.Equal(3, statuses.Count(s => s.Findings.Any(f => f.Check == CheckIds.SecurityGroupSet && f.Decision.Kind == DecisionKind.Repairing)));
    }

    [Fact]
    public async Task Reconcile_BudgetOfOne_SecondRepairBecomesAnAlert()
    {
        var world = WorldBuilder.Iis();
        world.OpenRdpToTheWorld();
        world.Vpcs[Ids.VpcId] = IisObservation.Vpc(hostnames: false);
        var harness = new ReconcilerHarness(world, budget: 1).WithIisSpec(IisSpec.Remediate);

        var summary = await harness.LookAtAsync();

        var outcome = Assert.Single(summary.Tasks);
        Assert.Single(outcome.Actions, a => a.Outcome.Result == ActionResult.Applied);
        Assert.Contains(outcome.Findings, f => f.Decision is { Kind: DecisionKind.Alerted, Reason: "remediation budget exhausted for this window" });
        Assert.Single(harness.Sink.Published);
    }
}
