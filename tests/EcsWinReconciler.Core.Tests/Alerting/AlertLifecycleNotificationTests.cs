using EcsWinReconciler.Core.Alerting;
using EcsWinReconciler.TestSupport.Specimens;

namespace EcsWinReconciler.Core.Tests.Alerting;

/// <summary>The outbox half of <see cref="AlertLifecycle"/>: which notification is due, claiming it, completing it.</summary>
public class AlertLifecycleNotificationTests
{
    private static readonly DateTimeOffset At = TestAlerts.At;
    private static readonly TimeSpan Lease = TestAlerts.Lease;
    private static readonly TimeSpan Reminder = TestAlerts.Reminder;

    /// <summary>Just opened at <see cref="At"/>: Opened owed under a lease until <c>At + Lease</c>.</summary>
    private static AlertRecord Opened() => AlertLifecycle.Decide(null, TestAlerts.Open(1), At, Lease).Alert!;

    /// <summary>Opened at <see cref="At"/> and its Opened notification delivered then.</summary>
    private static AlertRecord Delivered() => AlertLifecycle.Complete(Opened(), NotificationKind.Opened, At)!;

    [Fact]
    public void DueNotification_PendingUnderLiveLease_NoneUntilTheLeaseRunsOut()
    {
        Assert.Null(AlertLifecycle.DueNotification(Opened(), At + Lease - TimeSpan.FromTicks(1), Reminder));
        Assert.Equal(NotificationKind.Opened, AlertLifecycle.DueNotification(Opened(), At + Lease, Reminder));
    }

    [Fact]
    public void DueNotification_PendingWithoutLease_DueAtOnce()
    {
        Assert.Equal(NotificationKind.Opened, AlertLifecycle.DueNotification(Opened() with { NotificationLeaseUntil = null }, At, Reminder));
    }

    [Fact]
    public void DueNotification_PendingResolvedOnResolvedAlert_DueOnceTheLeaseRanOut()
    {
        var resolved = AlertLifecycle.Decide(Delivered(), TestAlerts.Resolve(), At.AddHours(1), Lease).Alert!;

        Assert.Equal(NotificationKind.Resolved, AlertLifecycle.DueNotification(resolved, At.AddHours(1) + Lease, Reminder));
    }

    [Fact]
    public void DueNotification_Reminders_DueAnIntervalAfterTheLaterOfOpenedAndLastNotified()
    {
        var notifiedBefore = Delivered() with { LastNotifiedAt = At.AddDays(-5) };
        var notifiedAfter = Delivered() with { LastNotifiedAt = At.AddHours(1) };
        var neverNotified = Delivered() with { LastNotifiedAt = null };

        Assert.Null(AlertLifecycle.DueNotification(notifiedBefore, At + Reminder - TimeSpan.FromTicks(1), Reminder));
        Assert.Equal(NotificationKind.Reminder, AlertLifecycle.DueNotification(notifiedBefore, At + Reminder, Reminder));
        Assert.Equal(NotificationKind.Reminder, AlertLifecycle.DueNotification(neverNotified, At + Reminder, Reminder));
        Assert.Null(AlertLifecycle.DueNotification(notifiedAfter, At + Reminder, Reminder));
        Assert.Equal(NotificationKind.Reminder, AlertLifecycle.DueNotification(notifiedAfter, At.AddHours(1) + Reminder, Reminder));
    }

    [Fact]
    public void DueNotification_ResolvedAndDelivered_NoReminderEver()
    {
        var resolved = AlertLifecycle.Complete(AlertLifecycle.Decide(Delivered(), TestAlerts.Resolve(), At, Lease).Alert!, NotificationKind.Resolved, At)!;

        Assert.Null(AlertLifecycle.DueNotification(resolved, At.AddDays(30), Reminder));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void DueNotification_IntervalNotPositive_NoReminder(int hours)
    {
        Assert.Null(AlertLifecycle.DueNotification(Delivered(), At.AddDays(30), TimeSpan.FromHours(hours)));
    }

    [Fact]
    public void DueNotification_IntervalLongerThanTime_NoReminder()
    {
        Assert.Null(AlertLifecycle.DueNotification(Delivered(), At.AddDays(30), TimeSpan.MaxValue));
    }

    [Fact]
    public void Claim_PendingWhoseLeaseRanOut_TheSameKindUnderAFreshLease()
    {
        var now = At + Lease;

        Assert.Equal(Opened() with { NotificationLeaseUntil = now + Lease }, AlertLifecycle.Claim(Opened(), now, Lease, Reminder));
    }

    [Fact]
    public void Claim_ReminderDue_PendingReminderUnderLease()
    {
        var now = At + Reminder;

        Assert.Equal(
            Delivered() with { PendingNotification = NotificationKind.Reminder, NotificationLeaseUntil = now + Lease },
            AlertLifecycle.Claim(Delivered(), now, Lease, Reminder));
    }

    [Fact]
    public void Claim_NothingDue_Null()
    {
        Assert.Null(AlertLifecycle.Claim(Opened(), At, Lease, Reminder));
        Assert.Null(AlertLifecycle.Claim(Delivered(), At + Reminder - TimeSpan.FromTicks(1), Lease, Reminder));
    }

    [Fact]
    public void Complete_ThePendingKind_ClearsTheOutboxAndCountsTheDelivery()
    {
        var now = At.AddSeconds(3);

        Assert.Equal(
            Opened() with { PendingNotification = null, NotificationLeaseUntil = null, LastNotifiedAt = now, NotificationsSent = 1 },
            AlertLifecycle.Complete(Opened(), NotificationKind.Opened, now));
    }

    [Fact]
    public void Complete_AnotherKindOrNothingPending_Null()
    {
        Assert.Null(AlertLifecycle.Complete(Opened(), NotificationKind.Reminder, At));
        Assert.Null(AlertLifecycle.Complete(Opened(), NotificationKind.Resolved, At));
        Assert.Null(AlertLifecycle.Complete(Delivered(), NotificationKind.Opened, At));
    }

    [Fact]
    public void Complete_LateOpenedAfterResolveReplacedIt_NullSoResolvedStaysOwed()
    {
        var resolved = AlertLifecycle.Decide(Opened(), TestAlerts.Resolve(), At.AddSeconds(1), Lease).Alert!;

        Assert.Equal(NotificationKind.Resolved, resolved.PendingNotification);
        Assert.Null(AlertLifecycle.Complete(resolved, NotificationKind.Opened, At.AddSeconds(2)));
    }
}
