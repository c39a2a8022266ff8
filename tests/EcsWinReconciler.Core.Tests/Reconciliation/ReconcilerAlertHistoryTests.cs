using EcsWinReconciler.Core.Alerting;
using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Reconciliation;
using EcsWinReconciler.TestSupport.Fakes;
using EcsWinReconciler.TestSupport.Specimens;
using Microsoft.Extensions.Logging.Abstractions;

namespace EcsWinReconciler.Core.Tests.Reconciliation;

/// <summary>
/// What an alert does over a history of looks: it stays open while the drift is there (even once below the threshold), resolves
/// only when its root is seen fixed or no longer checked, says what is being done about it, and a read-only run only says
/// what would happen.
/// </summary>
public class ReconcilerAlertHistoryTests
{
    private static async Task<AlertRecord> OpenAlertAsync(ReconcilerHarness harness) =>
        Assert.Single(await harness.Alerts.ListAsync(openOnly: true, CancellationToken.None));

    private static Reconciler ReadOnly(ReconcilerHarness harness) =>
        new(harness.Ports, ReconcilerOptions.Default with { ReadOnly = true }, harness.Time, NullLogger<Reconciler>.Instance);

    /// <summary>Raising the threshold above an open alert's severity does not make the drift go away: the alert stays open with its task.</summary>
    [Fact]
    public async Task Resync_ThresholdRaisedAboveAnOpenAlert_AlertStaysOpenListingTheTask()
    {
        var harness = new ReconcilerHarness().WithIisSpec();
        harness.World.Enis[Ids.EniId] = harness.World.Enis[Ids.EniId] with { GroupIds = [Ids.WebGroup, Ids.OtherGroup] };
        await harness.ResyncAsync();
        harness.WithSpec(IisSpec.Create().WithSeverity(Severity.Critical));

        await harness.ResyncAsync();
        await harness.ResyncAsync();

        var alert = await OpenAlertAsync(harness);
        Assert.Equal(CheckIds.SecurityGroupSet, alert.Check);
        Assert.Equal([Ids.TaskArn], alert.AffectedTasks);
        Assert.DoesNotContain(harness.Sink.Published, m => m.Subject.Contains("RESOLVED", StringComparison.Ordinal));
    }

    /// <summary>The root passes again while the task shows another drift: the alert of the fixed root resolves, the new drift opens its own.</summary>
    [Fact]
    public async Task Look_RootFixedButTheTaskShowsAnotherDrift_TheFixedRootsAlertResolves()
    {
        var harness = new ReconcilerHarness().WithIisSpec();
        harness.World.OpenRdpToTheWorld();
        await harness.LookAtAsync();
        harness.World.Groups[Ids.WebGroup] = IisObservation.WebGroup();
        harness.World.Enis[Ids.EniId] = harness.World.Enis[Ids.EniId] with { GroupIds = [Ids.WebGroup, Ids.OtherGroup] };

        await harness.LookAtAsync();

        Assert.Equal(CheckIds.SecurityGroupSet, (await OpenAlertAsync(harness)).Check);
        var resolved = Assert.Single(harness.Sink.Published, m => m.Subject.Contains("RESOLVED", StringComparison.Ordinal));
        Assert.Contains(CheckIds.ForbiddenIngress, resolved.Subject, StringComparison.Ordinal);
    }

    /// <summary>Our revoke fixes the rule: the alert resolves naming the action, not the call's outcome.</summary>
    [Fact]
    public async Task Look_OurRepairFixesTheRoot_AlertResolvesAsRepairedNamingTheAction()
    {
        var harness = new ReconcilerHarness().WithIisSpec();
        harness.World.OpenRdpToTheWorld();
        await harness.LookAtAsync();
        var key = (await OpenAlertAsync(harness)).Key;
        harness.WithIisSpec(IisSpec.Remediate);

        await harness.LookAtAsync();

        var alert = await harness.Alerts.GetAsync(key);
        Assert.Equal(AlertState.Resolved, alert!.State);
        Assert.Equal(
            new AlertResolution(ResolutionKind.RepairedByUs, $"repaired by EcsWinReconciler at {harness.Time.GetUtcNow():u}: revoke sgr-0bbbbbbbbbbbbbbb2 (tcp 3389 from 0.0.0.0/0) on sg-0123456789abcdef0"),
            alert.Resolution);
    }

    /// <summary>The spec is suspended: its tasks are no longer checked, so their alert resolves saying so, at the next look.</summary>
    [Fact]
    public async Task Look_SpecSuspended_AlertResolvesAsNoLongerChecked()
    {
        var harness = new ReconcilerHarness().WithIisSpec();
        harness.World.OpenRdpToTheWorld();
        await harness.LookAtAsync();
        var key = (await OpenAlertAsync(harness)).Key;
        var spec = IisSpec.Create();
        harness.WithSpec(spec with { Spec = spec.Spec with { Suspend = true } });

        await harness.LookAtAsync();

        var alert = await harness.Alerts.GetAsync(key);
        Assert.Equal(AlertState.Resolved, alert!.State);
        Assert.Equal(ResolutionKind.NoLongerChecked, alert.Resolution!.Kind);
        Assert.Contains("spec iis-webserver was deleted or suspended", alert.Resolution.Detail, StringComparison.Ordinal);
    }

    /// <summary>The budget runs out where the mode was alert: the open alert now says the budget is why it is not repaired.</summary>
    [Fact]
    public async Task Look_AlertModeThenBudgetSpent_AlertSaysTheBudgetIsWhyItIsNotRepaired()
    {
        var harness = new ReconcilerHarness(budget: 0).WithIisSpec();
        harness.World.OpenRdpToTheWorld();
        await harness.LookAtAsync();
        harness.WithIisSpec(IisSpec.Remediate);

        await harness.LookAtAsync();

        Assert.Equal(FindingDecider.BudgetExhausted, (await OpenAlertAsync(harness)).Handling);
    }

    /// <summary>A read-only run that finds drift says the alert would open and a notification would go, and writes and sends nothing.</summary>
    [Fact]
    public async Task ReadOnly_DriftFound_SaysTheAlertWouldOpenAndWritesAndSendsNothing()
    {
        var harness = new ReconcilerHarness().WithIisSpec();
        harness.World.OpenRdpToTheWorld();

        var summary = await ReadOnly(harness).ReconcileAsync([ReconcileTarget.Lookup(Ids.ClusterArn, Ids.TaskArn)], CancellationToken.None);

        var opened = Assert.Single(summary.AlertEvents);
        Assert.Equal((AlertTransition.Opened, NotificationKind.Opened, false), (opened.Transition, opened.Notification, opened.Delivered));
        Assert.Empty(await harness.Alerts.ListAsync(openOnly: false, CancellationToken.None));
        Assert.Empty(harness.Sink.Published);
    }

    /// <summary>A read-only run over an open alert that still owes a notification does not claim it would send it: only a transition would.</summary>
    [Fact]
    public async Task ReadOnly_AlertOpenOwingANotification_SaysNoneWouldBeSent()
    {
        var harness = new ReconcilerHarness().WithIisSpec();
        harness.World.OpenRdpToTheWorld();
        await harness.LookAtAsync();
        harness.Alerts.Seed((await OpenAlertAsync(harness)) with { PendingNotification = NotificationKind.Reminder });

        var summary = await ReadOnly(harness).ReconcileAsync([ReconcileTarget.Lookup(Ids.ClusterArn, Ids.TaskArn)], CancellationToken.None);

        var unchanged = Assert.Single(summary.AlertEvents);
        Assert.Equal((AlertTransition.Unchanged, (NotificationKind?)null, false), (unchanged.Transition, unchanged.Notification, unchanged.Delivered));
    }

    /// <summary>A look at a task whose alert is open and owes nothing reports the alert unchanged, with nothing delivered.</summary>
    [Fact]
    public async Task Look_AlertOpenNothingOwed_ReportsNothingDelivered()
    {
        var harness = new ReconcilerHarness().WithIisSpec();
        harness.World.OpenRdpToTheWorld();
        await harness.LookAtAsync();

        var summary = await harness.LookAtAsync();

        var unchanged = Assert.Single(summary.AlertEvents);
        Assert.Equal((AlertTransition.Unchanged, (NotificationKind?)null, false), (unchanged.Transition, unchanged.Notification, unchanged.Delivered));
        Assert.Single(harness.Sink.Published);
    }
}
