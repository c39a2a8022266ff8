using EcsWinReconciler.Core.Alerting;
using EcsWinReconciler.TestSupport.Fakes;

namespace EcsWinReconciler.Core.Tests.Reconciliation;

public class ReconcilerAlertDeliveryTests
{
    [Fact]
    public async Task Reconcile_SnsDown_NotificationStaysPendingAndIsSentByALaterRun()
    {
        var harness = new ReconcilerHarness().WithIisSpec();
        harness.World.OpenRdpToTheWorld();
        harness.Sink.FailWith = "SNS unavailable";

        var first = await harness.LookAtAsync();
        harness.Sink.FailWith = null;
        harness.Time.Advance(TimeSpan.FromMinutes(5));
        var second = await harness.LookAtAsync();

        Assert.False(Assert.Single(first.AlertEvents).Delivered);
        Assert.True(Assert.Single(second.AlertEvents).Delivered);
        var message = Assert.Single(harness.Sink.Published);
        Assert.Contains("OPEN", message.Subject, StringComparison.Ordinal);
        Assert.Empty(await harness.Alerts.ListPendingNotificationsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Reconcile_SnsDownWithinTheLease_DoesNotSendTwice()
    {
        var harness = new ReconcilerHarness().WithIisSpec();
        harness.World.OpenRdpToTheWorld();
        harness.Sink.FailWith = "SNS unavailable";
        await harness.LookAtAsync();
        harness.Sink.FailWith = null;

        await harness.LookAtAsync();

        Assert.Empty(harness.Sink.Published);
        Assert.Single(await harness.Alerts.ListPendingNotificationsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Reconcile_AlertOpenLongerThanTheReminderInterval_SendsOneReminder()
    {
        var harness = new ReconcilerHarness().WithIisSpec();
        harness.World.OpenRdpToTheWorld();
        await harness.LookAtAsync();

        harness.Time.Advance(TimeSpan.FromHours(25));
        await harness.LookAtAsync();
        await harness.LookAtAsync();

        Assert.Equal(["opened", "reminder"], harness.Sink.Published.Select(m => m.Attributes.Single(a => a.Key == "kind").Value));
        Assert.Contains("STILL OPEN", harness.Sink.Published.Last().Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reconcile_ReopenedAfterResolve_SendsANewOpen()
    {
        var harness = new ReconcilerHarness().WithIisSpec();
        harness.World.OpenRdpToTheWorld();
        await harness.LookAtAsync();
        harness.World.Groups[TestSupport.Specimens.Ids.WebGroup] = TestSupport.Specimens.IisObservation.WebGroup();
        await harness.LookAtAsync();

        harness.World.OpenRdpToTheWorld();
        await harness.LookAtAsync();

        Assert.Equal(["opened", "resolved", "opened"], harness.Sink.Published.Select(m => m.Attributes.Single(a => a.Key == "kind").Value));
        Assert.Equal(AlertState.Open, Assert.Single(await harness.Alerts.ListAsync(openOnly: false, CancellationToken.None)).State);
    }

    [Fact]
    public async Task DeliverPendingNotifications_ResolveOwedForAGoneTask_IsSentAfterTheLease()
    {
        var harness = new ReconcilerHarness().WithIisSpec();
        harness.World.OpenRdpToTheWorld();
        await harness.LookAtAsync();
        harness.Sink.FailWith = "SNS unavailable";
        harness.World.Tasks[TestSupport.Specimens.Ids.TaskArn] = TestSupport.Specimens.IisObservation.Task(Core.Observation.TaskLifecycle.Stopped, version: 9);
        await harness.OnTaskEventAsync();
        await harness.Reconciler.SweepAlertsAsync(resolveOrphans: true, CancellationToken.None);
        harness.Sink.FailWith = null;

        var early = await harness.Reconciler.DeliverPendingNotificationsAsync(CancellationToken.None);
        harness.Time.Advance(TimeSpan.FromMinutes(3));
        var late = await harness.Reconciler.DeliverPendingNotificationsAsync(CancellationToken.None);

        Assert.DoesNotContain(early, e => e.Delivered);
        Assert.Equal(NotificationKind.Resolved, Assert.Single(late).Notification);
        Assert.Equal(["opened", "resolved"], harness.Sink.Published.Select(m => m.Attributes.Single(a => a.Key == "kind").Value));
    }

    [Fact]
    public async Task Reconcile_OneOfTwoTasksOnASharedAlertStops_LeavesWithoutOverflow()
    {
        var harness = new ReconcilerHarness(WorldBuilder.Iis(tasks: 2)).WithIisSpec();
        harness.World.OpenRdpToTheWorld();
        await harness.Reconciler.ReconcileSelectionsAsync([new("win-prod", null)], null, CancellationToken.None);
        harness.World.Tasks[TestSupport.Specimens.Ids.TaskArn] = TestSupport.Specimens.IisObservation.Task(Core.Observation.TaskLifecycle.Stopped, version: 9);

        var summary = await harness.OnTaskEventAsync();

        Assert.Null(Assert.Single(summary.Tasks).Error);
        Assert.Equal(AlertTransition.Left, Assert.Single(summary.AlertEvents).Transition);
    }
}
