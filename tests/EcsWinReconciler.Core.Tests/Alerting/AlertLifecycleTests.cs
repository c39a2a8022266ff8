using EcsWinReconciler.Core.Alerting;
using EcsWinReconciler.TestSupport.Specimens;

namespace EcsWinReconciler.Core.Tests.Alerting;

public class AlertLifecycleTests
{
    private static readonly DateTimeOffset At = TestAlerts.At;
    private static readonly TimeSpan Lease = TestAlerts.Lease;

    /// <summary>An alert opened at <see cref="At"/> listing these tasks, its Opened notification delivered, as a store holds it.</summary>
    private static AlertRecord OpenAlert(params int[] tasks) =>
        AlertLifecycle.Complete(AlertLifecycle.Decide(null, TestAlerts.Open(tasks), At, Lease).Alert!, NotificationKind.Opened, At)! with { Version = 2 };

    private static AlertRecord ResolvedAlert() =>
        AlertLifecycle.Complete(AlertLifecycle.Decide(OpenAlert(1), TestAlerts.Resolve(), At.AddHours(1), Lease).Alert!, NotificationKind.Resolved, At.AddHours(1))! with { Version = 4 };

    [Fact]
    public void Decide_ResolveOnOpen_ResolvedListingNoneAndOwingResolvedUnderLease()
    {
        var open = OpenAlert(1, 2);
        var now = At.AddHours(1);

        var change = AlertLifecycle.Decide(open, TestAlerts.Resolve(), now, Lease);

        Assert.Equal(AlertTransition.Resolved, change.Transition);
        Assert.True(change.MustNotify);
        Assert.Equal(
            open with
            {
                State = AlertState.Resolved, AffectedTasks = [], ResolvedAt = now, Resolution = TestAlerts.Passing,
                PendingNotification = NotificationKind.Resolved, NotificationLeaseUntil = now + Lease,
            },
            change.Alert);
    }

    [Fact]
    public void Decide_ResolveOnNoneOrResolved_NotOpenAndTheRecordAsItWas()
    {
        var resolved = ResolvedAlert();

        Assert.Equal(new AlertChange(AlertTransition.NotOpen, null), AlertLifecycle.Decide(null, TestAlerts.Resolve(), At, Lease));
        Assert.Equal(new AlertChange(AlertTransition.NotOpen, resolved), AlertLifecycle.Decide(resolved, TestAlerts.Resolve(), At.AddDays(1), Lease));
    }

    [Fact]
    public void Decide_ResolveWithTasksJoining_ResolvesAnyway()
    {
        var delta = TestAlerts.Open(3) with { Resolve = TestAlerts.Passing };

        Assert.Equal(AlertTransition.Resolved, AlertLifecycle.Decide(OpenAlert(1), delta, At, Lease).Transition);
    }

    [Fact]
    public void Decide_MayOpenWithTasksAndCandidateOnNone_OpenedOwingOpenedUnderLease()
    {
        var delta = TestAlerts.Open(2, 1) with { Join = [TestAlerts.Task(2), TestAlerts.Task(1), TestAlerts.Task(2)], Handling = "approval required" };

        var change = AlertLifecycle.Decide(null, delta, At, Lease);

        Assert.Equal(AlertTransition.Opened, change.Transition);
        Assert.True(change.MustNotify);
        Assert.Equal(
            TestAlerts.Candidate() with
            {
                AffectedTasks = TestAlerts.Tasks(1, 2), OpenedAt = At, Handling = "approval required",
                PendingNotification = NotificationKind.Opened, NotificationLeaseUntil = At + Lease,
            },
            change.Alert);
        Assert.Equal(0, change.Alert!.Version);
    }

    [Fact]
    public void Decide_DeltaWithoutHandling_OpensWithTheCandidates()
    {
        var change = AlertLifecycle.Decide(null, TestAlerts.Open(1) with { Handling = null }, At, Lease);

        Assert.Equal(TestAlerts.Alerted, change.Alert!.Handling);
    }

    [Fact]
    public void Decide_CannotOpenOnNone_NotOpenAndNothingToWrite()
    {
        AlertDelta[] cannot =
        [
            TestAlerts.Join(1),
            TestAlerts.Join(1) with { Candidate = TestAlerts.Candidate() },
            TestAlerts.Open(1) with { Candidate = null },
            TestAlerts.Open(),
            TestAlerts.Leave(1),
        ];

        Assert.All(cannot, delta => Assert.Equal(new AlertChange(AlertTransition.NotOpen, null), AlertLifecycle.Decide(null, delta, At, Lease)));
    }

    [Fact]
    public void Decide_JoinWithoutMayOpenOnResolved_NotOpenAndStaysResolved()
    {
        var resolved = ResolvedAlert();

        var change = AlertLifecycle.Decide(resolved, TestAlerts.Join(1, 2), At.AddDays(1), Lease);

        Assert.Equal(new AlertChange(AlertTransition.NotOpen, resolved), change);
        Assert.False(change.Writes);
    }

    [Fact]
    public void Decide_NewTaskOnOpen_JoinedListedInOrderWithoutNotification()
    {
        var open = OpenAlert(2);

        var change = AlertLifecycle.Decide(open, TestAlerts.Join(3, 1), At.AddMinutes(5), Lease);

        Assert.Equal(new AlertChange(AlertTransition.Joined, open with { AffectedTasks = TestAlerts.Tasks(1, 2, 3) }), change);
        Assert.False(change.MustNotify);
        Assert.True(change.Writes);
    }

    [Fact]
    public void Decide_MayOpenAgainOnOpen_JoinedKeepingOpenedAtAndOutbox()
    {
        var open = OpenAlert(1);

        var change = AlertLifecycle.Decide(open, TestAlerts.Open(2), At.AddHours(3), Lease);

        Assert.Equal(new AlertChange(AlertTransition.Joined, open with { AffectedTasks = TestAlerts.Tasks(1, 2) }), change);
    }

    [Fact]
    public void Decide_ATaskLeavesOpen_LeftAndTheOthersStay()
    {
        var open = OpenAlert(1, 2);

        var change = AlertLifecycle.Decide(open, TestAlerts.Leave(1, 9), At.AddMinutes(5), Lease);

        Assert.Equal(new AlertChange(AlertTransition.Left, open with { AffectedTasks = TestAlerts.Tasks(2) }), change);
        Assert.False(change.MustNotify);
    }

    [Fact]
    public void Decide_OneJoinsAnotherLeaves_Joined()
    {
        var change = AlertLifecycle.Decide(OpenAlert(1), TestAlerts.Join(2) with { Leave = TestAlerts.Tasks(1) }, At, Lease);

        Assert.Equal(AlertTransition.Joined, change.Transition);
        Assert.Equal(TestAlerts.Tasks(2), change.Alert!.AffectedTasks);
    }

    [Fact]
    public void Decide_EveryTaskLeavesOpen_StaysOpenListingNone()
    {
        var open = OpenAlert(1, 2);

        var change = AlertLifecycle.Decide(open, TestAlerts.Leave(1, 2), At.AddHours(1), Lease);

        Assert.Equal(new AlertChange(AlertTransition.Left, open with { AffectedTasks = [] }), change);
        Assert.Equal((AlertState.Open, null, null), (change.Alert!.State, change.Alert.ResolvedAt, change.Alert.PendingNotification));
    }

    [Fact]
    public void Decide_JoinOnOpenListingNone_JoinedNotReopened()
    {
        var empty = OpenAlert(1) with { AffectedTasks = [] };

        var change = AlertLifecycle.Decide(empty, TestAlerts.Open(2), At.AddHours(2), Lease);

        Assert.Equal(new AlertChange(AlertTransition.Joined, empty with { AffectedTasks = TestAlerts.Tasks(2) }), change);
        Assert.False(change.MustNotify);
    }

    [Fact]
    public void Decide_OnlyHandlingChangedOnOpen_Updated()
    {
        var open = OpenAlert(1);

        var change = AlertLifecycle.Decide(open, TestAlerts.Join(1) with { Handling = "repair in progress: service update" }, At, Lease);

        Assert.Equal(new AlertChange(AlertTransition.Updated, open with { Handling = "repair in progress: service update" }), change);
        Assert.True(change.Writes);
        Assert.False(change.MustNotify);
    }

    [Fact]
    public void Decide_NothingNewOnOpen_UnchangedTheSameRecordNothingToWrite()
    {
        var open = OpenAlert(1, 2);
        AlertDelta[] nothingNew = [TestAlerts.Open(1, 2), TestAlerts.Join(2), TestAlerts.Join(1) with { Handling = null }, TestAlerts.Leave(9), new(TestAlerts.Key())];

        Assert.All(nothingNew, delta =>
        {
            var change = AlertLifecycle.Decide(open, delta, At.AddMinutes(1), Lease);
            Assert.Equal(AlertTransition.Unchanged, change.Transition);
            Assert.Same(open, change.Alert);
            Assert.False(change.Writes);
        });
    }

    [Fact]
    public void Decide_MayOpenOnResolved_ReopensFreshKeepingDeliveryHistoryAndVersion()
    {
        var resolved = ResolvedAlert();
        var now = At.AddDays(2);

        var change = AlertLifecycle.Decide(resolved, TestAlerts.Open(3), now, Lease);

        Assert.Equal(AlertTransition.Opened, change.Transition);
        Assert.Equal(
            TestAlerts.Candidate() with
            {
                AffectedTasks = TestAlerts.Tasks(3), OpenedAt = now, PendingNotification = NotificationKind.Opened, NotificationLeaseUntil = now + Lease,
                LastNotifiedAt = At.AddHours(1), NotificationsSent = 2, Version = 4,
            },
            change.Alert);
        Assert.Equal((null, null), (change.Alert!.ResolvedAt, change.Alert.Resolution));
    }

    [Theory]
    [InlineData(AlertTransition.Opened, true, true)]
    [InlineData(AlertTransition.Resolved, true, true)]
    [InlineData(AlertTransition.Joined, false, true)]
    [InlineData(AlertTransition.Left, false, true)]
    [InlineData(AlertTransition.Updated, false, true)]
    [InlineData(AlertTransition.Unchanged, false, false)]
    [InlineData(AlertTransition.NotOpen, false, false)]
    public void AlertChange_EachTransition_NotifiesAndWritesAsItSays(AlertTransition transition, bool notifies, bool writes)
    {
        var change = new AlertChange(transition, null);

        Assert.Equal((notifies, writes), (change.MustNotify, change.Writes));
    }
}
