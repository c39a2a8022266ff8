using EcsWinReconciler.Core.Alerting;
using EcsWinReconciler.Core.Common;
using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Specs;
using EcsWinReconciler.TestSupport.Fakes;
using EcsWinReconciler.TestSupport.Specimens;

namespace EcsWinReconciler.Core.Tests.Reconciliation.Sweeps;

/// <summary>
/// What the sweep at the end of a complete resync resolves, and why: the alerts of a spec no longer checked, the alerts of the
/// earlier per-resource keys, the alerts no task is left in once the tasks they list but the pass did not see are looked up.
/// </summary>
public class AlertSweepResolutionTests
{
    private const string Retired = "retired-spec";

    private static readonly DateTimeOffset LongAgo = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>A suspended spec's alert resolves as no longer checked; the alert of the spec still active next to it stays open.</summary>
    [Fact]
    public async Task Sweep_OneSpecSuspendedOneActive_OnlyTheSuspendedSpecsAlertResolves()
    {
        var harness = new ReconcilerHarness().WithIisSpec().WithSpec(Suspended(Retired));
        harness.World.OpenRdpToTheWorld();
        harness.Alerts.Seed(Open($"{Retired}:sg.set@service:{Ids.ServiceArn}", Retired, [Ids.TaskArn]));

        await harness.ResyncAsync();

        var open = Assert.Single(await harness.Alerts.ListAsync(openOnly: true, CancellationToken.None));
        Assert.StartsWith("iis-webserver:sg.forbidden-ingress@", open.Key, StringComparison.Ordinal);
        var resolved = Assert.Single(harness.Sink.Published, m => m.Subject.Contains("RESOLVED", StringComparison.Ordinal));
        Assert.Contains($"spec {Retired} was deleted or suspended", resolved.Body, StringComparison.Ordinal);
    }

    /// <summary>One of the tasks an alert lists is gone: the sweep looks it up and it leaves; the task still showing the cause stays.</summary>
    [Fact]
    public async Task Sweep_OneOfTheAlertsTasksIsGone_ThatTaskLeavesAndTheAlertStaysOpenForTheOther()
    {
        var harness = new ReconcilerHarness(WorldBuilder.Iis(tasks: 2)).WithIisSpec();
        harness.World.OpenRdpToTheWorld();
        await harness.ResyncAsync();
        var gone = harness.World.Tasks.Keys.Order(StringComparer.Ordinal).Last();
        var stays = harness.World.Tasks.Keys.Order(StringComparer.Ordinal).First();
        harness.World.Tasks.Remove(gone);

        await harness.ResyncAsync();

        var alert = Assert.Single(await harness.Alerts.ListAsync(openOnly: true, CancellationToken.None));
        Assert.Equal([stays], alert.AffectedTasks);
        Assert.DoesNotContain(harness.Sink.Published, m => m.Subject.Contains("RESOLVED", StringComparison.Ordinal));
    }

    /// <summary>The only task an alert lists is gone and no other task shows its cause: the sweep resolves it.</summary>
    [Fact]
    public async Task Sweep_TheOnlyTaskAnAlertListsIsGone_TheAlertResolves()
    {
        var harness = new ReconcilerHarness().WithIisSpec();
        harness.World.OpenRdpToTheWorld();
        await harness.ResyncAsync();
        harness.World.Tasks.Remove(Ids.TaskArn);

        await harness.ResyncAsync();

        Assert.Empty(await harness.Alerts.ListAsync(openOnly: true, CancellationToken.None));
        Assert.Single(harness.Sink.Published, m => m.Subject.Contains("RESOLVED", StringComparison.Ordinal));
    }

    /// <summary>A per-resource alert of the earlier key scheme whose cause no task shows any more resolves saying so.</summary>
    [Fact]
    public async Task Sweep_LegacyAlertWithNoSuccessor_ResolvesSayingNoTaskShowsTheCause()
    {
        var harness = new ReconcilerHarness().WithIisSpec();
        harness.Alerts.Seed(Open($"iis-webserver:sg.set/{Ids.EniId}", "iis-webserver", [Ids.TaskArn]));

        await harness.ResyncAsync();

        Assert.Empty(await harness.Alerts.ListAsync(openOnly: true, CancellationToken.None));
        var resolved = Assert.Single(harness.Sink.Published);
        Assert.Contains("a complete resync found this cause on no task", resolved.Body, StringComparison.Ordinal);
    }

    /// <summary>A per-resource alert of the earlier key scheme resolves naming every root-cause alert it continues as, in key order.</summary>
    [Fact]
    public async Task Sweep_LegacyAlertWithTwoSuccessors_ResolvesNamingBothInKeyOrder()
    {
        var harness = new ReconcilerHarness().WithIisSpec();
        const string first = "iis-webserver:sg.set@service:arn:aws:ecs:us-east-1:111122223333:service/win-prod/a-web";
        const string second = "iis-webserver:sg.set@service:arn:aws:ecs:us-east-1:111122223333:service/win-prod/b-web";
        harness.Alerts.Seed(Open(second, "iis-webserver", [Ids.TaskArn]));
        harness.Alerts.Seed(Open(first, "iis-webserver", [Ids.TaskArn]));
        harness.Alerts.Seed(Open($"iis-webserver:sg.set/{Ids.EniId}", "iis-webserver", [Ids.TaskArn]));

        await harness.ResyncAsync();

        var legacy = await harness.Alerts.GetAsync($"iis-webserver:sg.set/{Ids.EniId}");
        Assert.Equal(AlertState.Resolved, legacy!.State);
        Assert.Equal(
            $"alerts are now one per root cause (spec, check, root); this one continues as {first}, {second}",
            legacy.Resolution!.Detail);
    }

    /// <summary>Two alerts resolved by one sweep are announced in the order of their keys, the same on every run.</summary>
    [Fact]
    public async Task Sweep_TwoAlertsResolve_TheirNotificationsGoInKeyOrder()
    {
        var harness = new ReconcilerHarness().WithIisSpec();
        harness.Alerts.Seed(Open($"iis-webserver:sg.set/{Ids.EniId}", "iis-webserver", [Ids.TaskArn]));
        harness.Alerts.Seed(Open($"{Retired}:sg.set@service:{Ids.ServiceArn}", Retired, [Ids.TaskArn]));

        var summary = await harness.ResyncAsync();

        Assert.Equal([$"iis-webserver:sg.set/{Ids.EniId}", $"{Retired}:sg.set@service:{Ids.ServiceArn}"], summary.AlertEvents.Select(e => e.Key));
    }

    private static TaskNetworkSpec Suspended(string name)
    {
        var spec = IisSpec.Create();
        return spec with
        {
            Metadata = spec.Metadata with { Name = name },
            Spec = spec.Spec with { Selector = spec.Spec.Selector with { Family = "retired-family" }, Suspend = true },
        };
    }

    private static AlertRecord Open(string key, string spec, EquatableArray<string> tasks) =>
        new(key, spec, CheckIds.SecurityGroupSet, Ids.EniId, Severity.High, FindingScope.Task, Ids.ClusterArn, Ids.Family,
            "The service's tasks have the wrong security groups.", "exactly [web]", "[web, other]",
            AlertState.Open, tasks, LongAgo, null, null, null, LongAgo, 1);
}
