using EcsWinReconciler.Aws.DynamoDb;
using EcsWinReconciler.Core.Alerting;

namespace EcsWinReconciler.Aws.Tests.DynamoDb;

public sealed class AlertRulesTests
{
    private static readonly DateTimeOffset At = TestAlerts.At;

    private static AlertRecord Open(params int[] tasks) =>
        TestAlerts.Candidate(1, At) with { AffectedTasks = [.. tasks.Select(TestAlerts.Task)], PendingNotification = null };

    [Fact]
    public void DecideOpen_EachStoredShape_TheMatchingStep()
    {
        Assert.Equal(AlertStep.Create, AlertRules.DecideOpen(null, TestAlerts.Task(1)));
        Assert.Equal(AlertStep.Reopen, AlertRules.DecideOpen(Open() with { State = AlertState.Resolved }, TestAlerts.Task(1)));
        Assert.Equal(AlertStep.None, AlertRules.DecideOpen(Open(1, 2), TestAlerts.Task(2)));
        Assert.Equal(AlertStep.Join, AlertRules.DecideOpen(Open(1, 2), TestAlerts.Task(3)));
    }

    [Fact]
    public void DecideLeave_EachStoredShape_TheMatchingStep()
    {
        Assert.Equal(AlertStep.None, AlertRules.DecideLeave(null, TestAlerts.Task(1), LeaveMode.ResolveAll));
        Assert.Equal(AlertStep.None, AlertRules.DecideLeave(Open() with { State = AlertState.Resolved }, TestAlerts.Task(1), LeaveMode.ResolveAll));
        Assert.Equal(AlertStep.Resolve, AlertRules.DecideLeave(Open(1, 2), TestAlerts.Task(9), LeaveMode.ResolveAll));
        Assert.Equal(AlertStep.None, AlertRules.DecideLeave(Open(1, 2), TestAlerts.Task(9), LeaveMode.Leave));
        Assert.Equal(AlertStep.Resolve, AlertRules.DecideLeave(Open(1), TestAlerts.Task(1), LeaveMode.Leave));
        Assert.Equal(AlertStep.Leave, AlertRules.DecideLeave(Open(1, 2), TestAlerts.Task(1), LeaveMode.Leave));
        Assert.Equal(AlertStep.LeaveKeepOpen, AlertRules.DecideLeave(Open(1), TestAlerts.Task(1), LeaveMode.KeepOpen));
        Assert.Equal(AlertStep.None, AlertRules.DecideLeave(Open(1), TestAlerts.Task(9), LeaveMode.KeepOpen));
    }

    [Fact]
    public void DueNotification_PendingUnderLiveLease_NoneUntilTheLeaseEnds()
    {
        var alert = Open(1) with { PendingNotification = NotificationKind.Opened, NotificationLeaseUntil = At.AddMinutes(2) };

        Assert.Null(AlertRules.DueNotification(alert, At.AddMinutes(2).AddTicks(-1), TestAlerts.Reminder));
        Assert.Equal(NotificationKind.Opened, AlertRules.DueNotification(alert, At.AddMinutes(2), TestAlerts.Reminder));
    }

    [Fact]
    public void DueNotification_Reminders_DueAnIntervalAfterTheLaterOfOpenedAndLastNotified()
    {
        var notifiedBefore = Open(1) with { LastNotifiedAt = At.AddDays(-5) };
        var notifiedAfter = Open(1) with { LastNotifiedAt = At.AddHours(1) };

        Assert.Null(AlertRules.DueNotification(notifiedBefore, At + TestAlerts.Reminder - TimeSpan.FromTicks(1), TestAlerts.Reminder));
        Assert.Equal(NotificationKind.Reminder, AlertRules.DueNotification(notifiedBefore, At + TestAlerts.Reminder, TestAlerts.Reminder));
        Assert.Null(AlertRules.DueNotification(notifiedAfter, At + TestAlerts.Reminder, TestAlerts.Reminder));
        Assert.Equal(NotificationKind.Reminder, AlertRules.DueNotification(notifiedAfter, At.AddHours(1) + TestAlerts.Reminder, TestAlerts.Reminder));
    }

    [Fact]
    public void DueNotification_ResolvedOrNoPositiveInterval_NoReminder()
    {
        Assert.Null(AlertRules.DueNotification(Open() with { State = AlertState.Resolved }, At.AddDays(30), TestAlerts.Reminder));
        Assert.Null(AlertRules.DueNotification(Open(1), At.AddDays(30), TimeSpan.Zero));
        Assert.Null(AlertRules.DueNotification(Open(1), At.AddDays(30), TimeSpan.MaxValue));
    }

    [Fact]
    public void Opened_FromCandidate_TaskListedOnceAndHistoryKept()
    {
        var previous = Open() with { State = AlertState.Resolved, ResolvedAt = At, LastNotifiedAt = At, NotificationsSent = 3 };
        var now = At.AddDays(1);

        var opened = AlertRules.Opened(TestAlerts.Candidate(2, now), TestAlerts.Task(2), now, TestAlerts.Lease, previous);

        Assert.Equal([TestAlerts.Task(2)], opened.AffectedTasks);
        Assert.Equal((AlertState.Open, now, (DateTimeOffset?)null), (opened.State, opened.OpenedAt, opened.ResolvedAt));
        Assert.Equal((NotificationKind.Opened, now + TestAlerts.Lease), (opened.PendingNotification!.Value, opened.NotificationLeaseUntil!.Value));
        Assert.Equal((At, 3), (opened.LastNotifiedAt!.Value, opened.NotificationsSent));
    }
}
