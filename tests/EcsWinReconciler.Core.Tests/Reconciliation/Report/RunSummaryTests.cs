using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Planning;
using EcsWinReconciler.Core.Reconciliation;
using EcsWinReconciler.TestSupport.Specimens;

namespace EcsWinReconciler.Core.Tests.Reconciliation.Report;

/// <summary>
/// The run summary's counters are what a run reports and emits as metrics: a wrong count is a false all-clear (drift or
/// failures hidden) or crying wolf (drift reported that is not there).
/// </summary>
public sealed class RunSummaryTests
{
    private static readonly RevokeIngressRule RevokeRdp = new(Ids.WebGroup, "sgr-1", IisSpec.RdpFromWorld.Permission);

    private static Finding Finding(string check, Severity severity, string resource = "r") =>
        new(check, resource, severity, FindingRoot.Task(Ids.TaskArn), "expected", "actual", [Ids.TaskArn], "message", Remedy.AlertOnly);

    private static TaskOutcome Judged(string arn, params Finding[] findings) =>
        new(arn, "iis", Judgement.Judged([.. findings]), Plan.Nothing, [], StatusWriteSummary.Written);

    private static TaskOutcome Skipped(string arn, string reason) =>
        new(arn, null, Judgement.Skipped(reason), Plan.Nothing, [], StatusWriteSummary.NotWritten);

    private static TaskOutcome WithDecisions(TaskOutcome outcome, params FindingDecision[] decisions) =>
        outcome with { Findings = [.. decisions.Select((d, i) => FindingRecord.From(Finding("c", Severity.High, $"r{i}"), d, null))] };

    private static ExecutedAction Action(ActionResult result) =>
        new(new PlannedAction(RevokeRdp, DryRun: false, ["f"], "drift"), new ActionOutcome(result, "detail"));

    [Fact]
    public void Counters_TasksOfEveryKind_CountJudgedFailedAndFindingsApart()
    {
        var summary = new RunSummary(
            [
                Judged("t1", Finding("a", Severity.High), Finding("b", Severity.Low)),
                Judged("t2", Finding("a", Severity.High)),
                Judged("t3"),
                Skipped("t4", "not Windows"),
                TaskOutcome.Failed("t5", "iis", "boom"),
            ],
            []);

        Assert.Equal((5, 3, 1, 3), (summary.TasksSeen, summary.Judged, summary.Failed, summary.Findings));
    }

    [Fact]
    public void Judged_FailedTaskWhoseJudgementSaysJudged_IsNotCountedJudged()
    {
        var summary = new RunSummary([Judged("t1") with { Error = "status write failed" }, Judged("t2")], []);

        Assert.Equal((1, 1), (summary.Judged, summary.Failed));
    }

    [Fact]
    public void ActionCounters_EachResult_CountedUnderItsOwnName()
    {
        var summary = new RunSummary([], [])
        {
            Actions =
            [
                Action(ActionResult.Applied), Action(ActionResult.Applied),
                Action(ActionResult.WouldApply),
                Action(ActionResult.BudgetExhausted), Action(ActionResult.BudgetExhausted), Action(ActionResult.BudgetExhausted),
                Action(ActionResult.Failed),
                Action(ActionResult.OutOfScope),
                Action(ActionResult.ClaimedElsewhere),
            ],
        };

        Assert.Equal(
            (2, 1, 3, 1, 1),
            (summary.ActionsApplied, summary.ActionsDryRun, summary.ActionsOverBudget, summary.ActionsFailed, summary.ActionsOutOfScope));
    }

    [Fact]
    public void FindingsByCheck_FindingsOfManyTasks_CountedPerCheckAndSeverityInOrder()
    {
        var summary = new RunSummary(
            [
                Judged("t1", Finding("b", Severity.Low), Finding("a", Severity.Low, "r1"), Finding("a", Severity.High, "r2")),
                Judged("t2", Finding("a", Severity.Low, "r3")),
            ],
            []);

        Assert.Equal(
            [(("a", Severity.Low), 2), (("a", Severity.High), 1), (("b", Severity.Low), 1)],
            summary.FindingsByCheck().Select(kv => (kv.Key, kv.Value)));
    }

    [Fact]
    public void DriftRemains_EveryFindingRepairedAndNoFailure_IsFalse()
    {
        var summary = new RunSummary(
            [WithDecisions(Judged("t1"), FindingDecision.Repaired("revoke", "done"), FindingDecision.Repaired("revoke", "done")), Judged("t2")],
            []);

        Assert.False(summary.DriftRemains);
    }

    [Fact]
    public void DriftRemains_OneFindingOfOneTaskNotRepaired_IsTrue()
    {
        var summary = new RunSummary(
            [
                WithDecisions(Judged("t1"), FindingDecision.Repaired("revoke", "done")),
                WithDecisions(Judged("t2"), FindingDecision.Repaired("revoke", "done"), FindingDecision.Alerted("mode is alert")),
            ],
            []);

        Assert.True(summary.DriftRemains);
    }

    [Fact]
    public void DriftRemains_OneTaskFailedWithoutFindings_IsTrue()
    {
        var summary = new RunSummary([Judged("t1"), TaskOutcome.Failed("t2", "iis", "boom")], []);

        Assert.True(summary.DriftRemains);
    }

    [Fact]
    public void DriftRemains_NoTasks_IsFalse()
    {
        Assert.False(RunSummary.Empty.DriftRemains);
    }

    [Fact]
    public void SkippedByReason_MixedTasks_CountsOnlyTasksNotJudgedAndNotFailed_ByReasonInOrder()
    {
        var summary = new RunSummary(
            [
                Skipped("t1", "not Windows"),
                Skipped("t2", "no spec selects it"),
                Skipped("t3", "not Windows"),
                Judged("t4"),
                TaskOutcome.Failed("t5", "iis", "boom"),
            ],
            []);

        Assert.Equal(
            [("no spec selects it", 1), ("not Windows", 2)],
            summary.SkippedByReason().Select(kv => (kv.Key, kv.Value)));
    }

    [Fact]
    public void Merge_TwoRuns_AddsUpEverythingAndKeepsTheLaterOpenAlertCount()
    {
        var first = new RunSummary([Judged("t1")], ["r1"]) { ReadOnly = true, CircleCompleted = false, OpenAlerts = 4, RechecksScheduled = 2 };
        var second = new RunSummary([Judged("t2")], ["r2"]) { ReadOnly = false, CircleCompleted = true, OpenAlerts = 1, RechecksScheduled = 3 };

        var merged = first.Merge(second);

        Assert.Equal(
            (2, true, true, (int?)1, 5),
            (merged.TasksSeen, merged.ReadOnly, merged.CircleCompleted, merged.OpenAlerts, merged.RechecksScheduled));
        Assert.Equal(["r1", "r2"], merged.Remaining);
    }

    [Fact]
    public void Merge_LaterRunDidNotKnowTheOpenAlerts_KeepsTheEarlierCount()
    {
        var first = new RunSummary([], []) { ReadOnly = false, CircleCompleted = true, OpenAlerts = 4 };
        var second = new RunSummary([], []) { ReadOnly = true, CircleCompleted = false };

        var merged = first.Merge(second);

        Assert.Equal((true, true, (int?)4), (merged.ReadOnly, merged.CircleCompleted, merged.OpenAlerts));
    }

    [Fact]
    public void Merge_NeitherRunKnewTheOpenAlerts_KnowsNone()
    {
        var merged = new RunSummary([], []).Merge(new RunSummary([], []));

        Assert.Null(merged.OpenAlerts);
    }
}
