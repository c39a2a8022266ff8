using EcsWinReconciler.Core.Alerting;
using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Reconciliation;
using EcsWinReconciler.TestSupport.Fakes;
using EcsWinReconciler.TestSupport.Specimens;

namespace EcsWinReconciler.Core.Tests.Reconciliation;

/// <summary>Issue 11: alerts per root cause on the fake world — one per service mistake, no false all-clear while a repair rolls out, the per-ENI alerts of the earlier version resolved once with why.</summary>
public class RootCauseAlertTests
{
    [Fact]
    public async Task Reconcile_FiftyTasksOfOneServiceWithAStrayGroup_OneAlertListingThemAll()
    {
        var world = WorldBuilder.Iis(tasks: 50);
        StrayGroupOnEveryTask(world);
        var harness = new ReconcilerHarness(world).WithIisSpec();

        var summary = await harness.ResyncAsync();

        var alert = Assert.Single(await harness.Alerts.ListAsync(openOnly: true, CancellationToken.None));
        Assert.Equal($"iis-webserver:sg.set@service:{Ids.ServiceArn}", alert.Key);
        Assert.Equal(50, alert.AffectedTasks.Count);
        Assert.Single(harness.Sink.Published);
        Assert.Equal(1, summary.AlertsOpened);
        Assert.Equal(1, world.CallsTo("DescribeServices"));
        Assert.Equal(1, world.CallsTo("DescribeNetworkInterfaces"));
    }

    [Fact]
    public async Task Reconcile_ServiceFixedButItsRolloutStillRunning_AlertStaysOpenAndTasksSayRepairInProgress()
    {
        var harness = await AlertOpenOnRollingServiceThenRemediateAsync();

        var repair = await harness.ResyncAsync();
        var again = await harness.ResyncAsync();

        Assert.Single(repair.Actions, a => a.Planned.Action is Core.Planning.UpdateServiceNetwork);
        Assert.Empty(again.Actions);
        Assert.Single(await harness.Alerts.ListAsync(openOnly: true, CancellationToken.None));
        Assert.DoesNotContain(harness.Sink.Published, m => m.Subject.Contains("RESOLVED", StringComparison.Ordinal));
        Assert.All(again.Tasks.SelectMany(t => t.Findings).Where(f => f.Check == CheckIds.SecurityGroupSet), f => Assert.Equal(DecisionKind.Repairing, f.Decision.Kind));

        harness.Actuator.CompleteRollout(FakeAwsWorld.ServiceKey(Ids.ClusterArn, Ids.ServiceName));
        await harness.ResyncAsync();
        await harness.ResyncAsync();

        Assert.Single(harness.Sink.Published, m => m.Subject.Contains("RESOLVED high sg.set", StringComparison.Ordinal));
        Assert.Empty(await harness.Alerts.ListAsync(openOnly: true, CancellationToken.None));
    }

    /// <summary>While the service's rollout runs, the open alert says a repair is in progress (not the alert-mode reason it opened with).</summary>
    [Fact]
    public async Task Reconcile_AlertOpenThenRepairRollingOut_AlertSaysRepairInProgress()
    {
        var harness = await AlertOpenOnRollingServiceThenRemediateAsync();

        await harness.ResyncAsync();
        await harness.ResyncAsync();

        var alert = Assert.Single(await harness.Alerts.ListAsync(openOnly: true, CancellationToken.None));
        Assert.StartsWith("repair in progress: ", alert.Handling, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resync_OpenPerEniAlertsOfTheEarlierVersion_ResolvedOnceSayingWhatReplacesThem()
    {
        var world = WorldBuilder.Iis(tasks: 2);
        StrayGroupOnEveryTask(world);
        var harness = new ReconcilerHarness(world).WithIisSpec();
        foreach (var eni in world.Enis.Keys)
        {
            harness.Alerts.Seed(Legacy($"iis-webserver:sg.set/{eni}", eni));
        }

        await harness.ResyncAsync();
        await harness.ResyncAsync();

        var resolved = harness.Sink.Published.Where(m => m.Subject.Contains("RESOLVED", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, resolved.Count);
        Assert.All(resolved, m => Assert.Contains($"this one continues as iis-webserver:sg.set@service:{Ids.ServiceArn}", m.Body, StringComparison.Ordinal));
        Assert.Single(harness.Sink.Published, m => m.Subject.Contains("OPEN high sg.set", StringComparison.Ordinal));
        Assert.Equal($"iis-webserver:sg.set@service:{Ids.ServiceArn}", Assert.Single(await harness.Alerts.ListAsync(openOnly: true, CancellationToken.None)).Key);
    }

    /// <summary>Three tasks whose service carries a stray group, alerted by a resync; then the spec turns to remediate (rollouts take time).</summary>
    private static async Task<ReconcilerHarness> AlertOpenOnRollingServiceThenRemediateAsync()
    {
        var world = WorldBuilder.Iis(tasks: 3);
        world.RollingDeployments = true;
        StrayGroupOnEveryTask(world);
        var harness = new ReconcilerHarness(world).WithIisSpec();
        await harness.ResyncAsync();
        harness.WithIisSpec(IisSpec.Remediate);
        return harness;
    }

    private static void StrayGroupOnEveryTask(FakeAwsWorld world)
    {
        foreach (var eni in world.Enis.Keys.ToList())
        {
            world.Enis[eni] = world.Enis[eni] with { GroupIds = [Ids.WebGroup, Ids.OtherGroup] };
        }

        world.Services[FakeAwsWorld.ServiceKey(Ids.ClusterArn, Ids.ServiceName)] = IisObservation.Service() with { SecurityGroups = [Ids.WebGroup, Ids.OtherGroup] };
    }

    private static AlertRecord Legacy(string key, string eni) =>
        new(key, "iis-webserver", CheckIds.SecurityGroupSet, eni, Severity.High, FindingScope.Task, Ids.ClusterArn, Ids.Family,
            $"ENI {eni} has the wrong security groups. Not repaired automatically: remediation mode is alert.", "exactly [web]", "[web, other]",
            AlertState.Open, [Ids.TaskArn], new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), null, null, null,
            new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), 1);
}
