using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Planning;
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

    /// <summary>The status a waiting task shows counts its re-checks from one and says when the next comes.</summary>
    [Fact]
    public void WaitingReason_AfterAnEventAndAfterASecondRecheck_NamesTheComingAttemptAndItsDelay()
    {
        var afterEvent = RecheckPolicy.WaitingReason("no ENI", ReconcileTarget.FromEvent(IisObservation.Task()));
        var afterSecond = RecheckPolicy.WaitingReason("no ENI", ReconcileTarget.Recheck(Request(2)));

        Assert.Equal("ENI not ready yet (no ENI); looked at again in 15 s (re-check 1 of 5)", afterEvent);
        Assert.Equal("ENI not ready yet (no ENI); looked at again in 60 s (re-check 3 of 5)", afterSecond);
    }

    /// <summary>Two repairs applied on two roots of one task: each root is re-checked.</summary>
    [Fact]
    public void Wanted_RepairsAppliedOnTwoRoots_AsksForBoth()
    {
        var (first, second) = (Finding("a", FindingRoot.Rule("sg-1", "sgr-1")), Finding("b", FindingRoot.Vpc("vpc-1")));
        PlannedAction[] actions = [Planned("k1", first), Planned("k2", second)];

        var wanted = RecheckPolicy.Wanted(Ids.TaskArn, false, Judgement.Judged([first, second]), Plan(actions), Applied(actions), NoKeys);

        Assert.Equal([("rule:sg-1/sgr-1", RecheckReason.RepairApplied), ("vpc:vpc-1", RecheckReason.RepairApplied)], wanted);
    }

    /// <summary>Two repairs on one root: one re-check; a planned action whose findings are not in the judgement asks for none.</summary>
    [Fact]
    public void Wanted_TwoRepairsOnOneRootAndOneOnNoFinding_AsksOnceForTheRoot()
    {
        var (first, second) = (Finding("a", FindingRoot.Vpc("vpc-1")), Finding("b", FindingRoot.Vpc("vpc-1")));
        var orphan = Planned("k3", Finding("c", FindingRoot.Vpc("vpc-2")));
        PlannedAction[] actions = [orphan, Planned("k1", first), Planned("k2", second)];

        var wanted = RecheckPolicy.Wanted(Ids.TaskArn, false, Judgement.Judged([first, second]), Plan(actions), Applied(actions), NoKeys);

        Assert.Equal([("vpc:vpc-1", RecheckReason.RepairApplied)], wanted);
    }

    [Fact]
    public void WhySettled_SameLookJudged_IsNull()
    {
        var stored = Stored(JudgementKind.Judged, version: 5, at: Seen);

        Assert.Null(RecheckPolicy.WhySettled(Request(1), stored));
    }

    /// <summary>An older stored look (same version, earlier time) does not settle the request; a later one at the same version does.</summary>
    [Fact]
    public void WhySettled_SameVersion_OnlyALaterStoredLookSettlesIt()
    {
        var earlier = Stored(JudgementKind.Judged, version: 5, at: Seen.AddSeconds(-10));
        var later = Stored(JudgementKind.Judged, version: 5, at: Seen.AddSeconds(10));

        Assert.Null(RecheckPolicy.WhySettled(Request(1), earlier));
        Assert.NotNull(RecheckPolicy.WhySettled(Request(1), later));
    }

    /// <summary>A repair's root is settled only when the newer look shows none of its findings; one finding still on it keeps the re-check.</summary>
    [Fact]
    public void WhySettled_RepairRootAmongOtherFindings_IsNullAndWithNoFindingsSettled()
    {
        var request = Request(1) with { Root = "rule:sg-1/sgr-1", Reason = RecheckReason.RepairApplied };
        var stored = Stored(JudgementKind.Judged, version: 6, at: Seen);
        var amongOthers = stored with { Findings = [stored.Findings[0] with { Root = "rule:sg-1/sgr-1" }, stored.Findings[1]] };
        var clean = stored with { Findings = [] };

        Assert.Null(RecheckPolicy.WhySettled(request, amongOthers));
        Assert.NotNull(RecheckPolicy.WhySettled(request, clean));
    }

    [Fact]
    public void WhySettled_TaskStopped_NamesTheStatusSeen()
    {
        var stored = Stored(JudgementKind.Stopped, version: 5, at: Seen) with { LastStatus = "STOPPED" };

        Assert.Equal("the task was seen STOPPED", RecheckPolicy.WhySettled(Request(1), stored));
    }

    [Fact]
    public void PublicMethods_NullArgument_ThrowArgumentNullException()
    {
        var plan = Plan();
        var judgement = Judgement.Judged([]);
        var executed = new Dictionary<string, ExecutedAction>();

        Assert.Throws<ArgumentNullException>("judgement", () => RecheckPolicy.UnreadyEni(null!));
        Assert.Throws<ArgumentNullException>("target", () => RecheckPolicy.MayWaitForEni(null!));
        Assert.Throws<ArgumentNullException>("judgement", () => RecheckPolicy.Wanted(Ids.TaskArn, true, null!, plan, executed, NoKeys));
        Assert.Throws<ArgumentNullException>("plan", () => RecheckPolicy.Wanted(Ids.TaskArn, true, judgement, null!, executed, NoKeys));
        Assert.Throws<ArgumentNullException>("executed", () => RecheckPolicy.Wanted(Ids.TaskArn, true, judgement, plan, null!, NoKeys));
        Assert.Throws<ArgumentNullException>("overBudget", () => RecheckPolicy.Wanted(Ids.TaskArn, true, judgement, plan, executed, null!));
        Assert.Throws<ArgumentNullException>("target", () => RecheckPolicy.Next(null!, 5, Seen, TaskRoot, RecheckReason.EniNotReady));
        Assert.Throws<ArgumentNullException>("request", () => RecheckPolicy.WhySettled(null!, null));
    }

    private static readonly HashSet<string> NoKeys = new(StringComparer.Ordinal);

    private static Finding Finding(string resource, FindingRoot root) =>
        new(CheckIds.ForbiddenIngress, resource, Severity.Critical, root, "none", "open", [], "drift", Remedy.AlertOnly);

    private static PlannedAction Planned(string key, Finding finding) =>
        new(ReplaceTask.Create(Ids.ClusterArn, $"{Ids.TaskArn}-{key}", key), DryRun: false, [finding.Id], "repair");

    private static Plan Plan(params PlannedAction[] actions) => new([.. actions], []);

    private static Dictionary<string, ExecutedAction> Applied(PlannedAction[] actions) =>
        actions.ToDictionary(a => a.Action.Key, a => new ExecutedAction(a, ActionOutcome.Applied()), StringComparer.Ordinal);

    private static TaskNetworkStatus Stored(JudgementKind judgement, long version, DateTimeOffset at) =>
        TestStatuses.Status("0abc", version) with { TaskArn = Ids.TaskArn, Judgement = judgement, UpdatedAt = at };

    private static RecheckRequest Request(int attempt) =>
        new(Ids.ClusterArn, Ids.TaskArn, TaskRoot, RecheckReason.EniNotReady, attempt, 5, Seen);
}
