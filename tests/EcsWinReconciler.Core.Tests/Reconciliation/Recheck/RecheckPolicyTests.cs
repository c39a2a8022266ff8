using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Reconciliation;
using EcsWinReconciler.TestSupport.Specimens;

namespace EcsWinReconciler.Core.Tests.Reconciliation.Recheck;

public sealed class RecheckPolicyTests
{
    private static readonly DateTimeOffset Seen = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
    private static readonly string TaskRoot = FindingRoot.Task(Ids.TaskArn).Key;

    [Fact]
    public void Next_AfterAnEvent_IsTheFirstAttempt()
    {
        var request = RecheckPolicy.Next(ReconcileTarget.FromEvent(IisObservation.Task()), 5, Seen, TaskRoot, RecheckReason.EniNotReady);

        Assert.Equal(1, request!.Attempt);
        Assert.Equal(Seen.AddSeconds(15), request.DueAt);
    }

    [Fact]
    public void Next_AfterTheLastAttempt_IsNull()
    {
        var last = ReconcileTarget.Recheck(Request(RecheckBackoff.MaxAttempts));

        Assert.Null(RecheckPolicy.Next(last, 5, Seen, TaskRoot, RecheckReason.EniNotReady));
    }

    [Fact]
    public void MayWaitForEni_EventsAndRechecksWithAttemptsLeft_SweepsNever()
    {
        Assert.True(RecheckPolicy.MayWaitForEni(ReconcileTarget.FromEvent(IisObservation.Task())));
        Assert.True(RecheckPolicy.MayWaitForEni(ReconcileTarget.Recheck(Request(RecheckBackoff.MaxAttempts - 1))));
        Assert.False(RecheckPolicy.MayWaitForEni(ReconcileTarget.Recheck(Request(RecheckBackoff.MaxAttempts))));
        Assert.False(RecheckPolicy.MayWaitForEni(ReconcileTarget.Lookup(Ids.ClusterArn, Ids.TaskArn)));
        Assert.False(RecheckPolicy.MayWaitForEni(ReconcileTarget.Remembered(Ids.ClusterArn, Ids.TaskArn)));
    }

    [Fact]
    public void Collapse_TwoRequestsForOneRoot_KeepsTheEarliestDue()
    {
        var early = Request(1) with { TaskArn = "t1" };
        var late = Request(3) with { TaskArn = "t2" };
        var other = Request(1) with { Root = "vpc:vpc-1" };

        var collapsed = RecheckPolicy.Collapse([late, early, other]);

        Assert.Equal([early, other], collapsed);
    }

    [Fact]
    public void WhySettled_NoNewerLook_IsNull()
    {
        var stored = Stored(JudgementKind.NotYetRunning, version: 5, at: Seen);

        Assert.Null(RecheckPolicy.WhySettled(Request(1), stored));
        Assert.Null(RecheckPolicy.WhySettled(Request(1), null));
    }

    [Fact]
    public void WhySettled_NewerEventJudgedTheTask_SaysSo()
    {
        var stored = Stored(JudgementKind.Judged, version: 6, at: Seen);

        Assert.Contains("newer look", RecheckPolicy.WhySettled(Request(1), stored), StringComparison.Ordinal);
    }

    [Fact]
    public void WhySettled_NewerLookStillWaitingForTheEni_IsNull()
    {
        var stored = Stored(JudgementKind.NotYetRunning, version: 6, at: Seen.AddSeconds(10));

        Assert.Null(RecheckPolicy.WhySettled(Request(1), stored));
    }

    [Fact]
    public void WhySettled_TaskStopped_SaysSo()
    {
        var stored = Stored(JudgementKind.Stopped, version: 5, at: Seen);

        Assert.NotNull(RecheckPolicy.WhySettled(Request(1), stored));
    }

    [Fact]
    public void WhySettled_RepairRootStillShownByANewerLook_IsNull()
    {
        var request = Request(1) with { Root = "rule:sg-1/sgr-1", Reason = RecheckReason.RepairApplied };
        var stored = Stored(JudgementKind.Judged, version: 6, at: Seen);
        var stillShown = stored with { Findings = [stored.Findings[0] with { Root = "rule:sg-1/sgr-1" }] };

        Assert.Null(RecheckPolicy.WhySettled(request, stillShown));
        Assert.NotNull(RecheckPolicy.WhySettled(request, stored));
    }

    private static TaskNetworkStatus Stored(JudgementKind judgement, long version, DateTimeOffset at) =>
        TestStatuses.Status("0abc", version) with { TaskArn = Ids.TaskArn, Judgement = judgement, UpdatedAt = at };

    private static RecheckRequest Request(int attempt) =>
        new(Ids.ClusterArn, Ids.TaskArn, TaskRoot, RecheckReason.EniNotReady, attempt, 5, Seen);
}
