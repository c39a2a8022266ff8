using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.Core.Reconciliation;
using EcsWinReconciler.TestSupport.Fakes;
using EcsWinReconciler.TestSupport.Specimens;
using Microsoft.Extensions.Logging.Abstractions;

namespace EcsWinReconciler.Core.Tests.Reconciliation.Recheck;

/// <summary>Issue 14, item 2: delayed re-checks through the whole loop on the fake world, the queue in memory.</summary>
public sealed class RecheckReconcilerTests
{
    [Fact]
    public async Task TaskEvent_EniNotReady_WaitsForARecheckInsteadOfAlerting()
    {
        var harness = Late(new ReconcilerHarness(rechecks: true).WithIisSpec());

        var summary = await harness.OnTaskEventAsync();

        var outcome = Assert.Single(summary.Tasks);
        Assert.Equal(JudgementKind.NotYetRunning, outcome.Judgement.Kind);
        Assert.StartsWith("ENI not ready yet", outcome.Judgement.Reason, StringComparison.Ordinal);
        Assert.Empty(harness.Sink.Published);
        var sent = Assert.Single(harness.Rechecks.Sent);
        Assert.Equal((RecheckReason.EniNotReady, 1, FindingRoot.Task(Ids.TaskArn).Key), (sent.Reason, sent.Attempt, sent.Root));
        Assert.Equal(1, summary.RechecksScheduled);
    }

    [Fact]
    public async Task Recheck_EniAppearedMeanwhile_JudgesTheTaskAndAsksForNoMore()
    {
        var harness = Late(new ReconcilerHarness(rechecks: true).WithIisSpec());
        await harness.OnTaskEventAsync();
        harness.World.Tasks[Ids.TaskArn] = IisObservation.Task();

        var result = Assert.Single(await harness.DeliverDueRechecksAsync());

        var outcome = Assert.Single(result.Summary.Tasks);
        Assert.Equal(JudgementKind.Judged, outcome.Judgement.Kind);
        Assert.Empty(outcome.Judgement.Findings);
        Assert.Single(harness.Rechecks.Sent);
        Assert.Equal(JudgementKind.Judged, (await harness.Status.GetAsync(Ids.TaskArn, CancellationToken.None))!.Judgement);
    }

    [Fact]
    public async Task Recheck_EniNeverComes_IsBoundedThenAlerts()
    {
        var harness = Late(new ReconcilerHarness(rechecks: true).WithIisSpec());
        await harness.OnTaskEventAsync();

        var results = new List<RecheckResult>();
        for (var round = 0; round < 10; round++)
        {
            results.AddRange(await harness.DeliverDueRechecksAsync());
        }

        Assert.Equal(RecheckBackoff.MaxAttempts, results.Count);
        Assert.Equal([1, 2, 3, 4, 5], harness.Rechecks.Sent.Select(r => r.Attempt));
        var last = Assert.Single(results[^1].Summary.Tasks);
        Assert.Contains(last.Judgement.Findings, f => f.Check == CheckIds.EniPresent);
        Assert.Contains(harness.Sink.Published, m => m.Subject.Contains("eni.present", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Recheck_NewerEventAlreadyJudgedTheTask_IsDropped()
    {
        var harness = Late(new ReconcilerHarness(rechecks: true).WithIisSpec());
        await harness.OnTaskEventAsync();
        harness.World.Tasks[Ids.TaskArn] = IisObservation.Task(version: 6);
        await harness.OnTaskEventAsync();
        var calls = harness.World.TotalCalls;

        var result = Assert.Single(await harness.DeliverDueRechecksAsync());

        Assert.True(result.Dropped);
        Assert.Equal(calls, harness.World.TotalCalls);
    }

    [Fact]
    public async Task TaskEvents_TwoLooksWantingOneRoot_SendOneRecheck()
    {
        var harness = Late(new ReconcilerHarness(rechecks: true).WithIisSpec());
        await harness.OnTaskEventAsync();
        harness.World.Tasks[Ids.TaskArn] = IisObservation.Task(version: 6) with { Attachments = [IisObservation.Attachment(eniId: null)] };

        var second = await harness.OnTaskEventAsync();

        Assert.Equal(0, second.RechecksScheduled);
        Assert.Single(harness.Rechecks.Sent);
    }

    [Fact]
    public async Task TaskEvent_WithoutARecheckQueue_JudgesAtOnceAsBefore()
    {
        var harness = Late(new ReconcilerHarness().WithIisSpec());

        var summary = await harness.OnTaskEventAsync();

        Assert.Contains(Assert.Single(summary.Tasks).Judgement.Findings, f => f.Check == CheckIds.EniPresent);
    }

    [Fact]
    public async Task Resync_EniNotReady_JudgesAtOnce()
    {
        var harness = Late(new ReconcilerHarness(rechecks: true).WithIisSpec());

        var summary = await harness.ResyncAsync();

        Assert.Contains(summary.Tasks.Single().Judgement.Findings, f => f.Check == CheckIds.EniPresent);
        Assert.Empty(harness.Rechecks.Sent);
    }

    [Fact]
    public async Task TaskEvent_RepairApplied_RechecksTheRuleThenStops()
    {
        var harness = new ReconcilerHarness(rechecks: true).WithIisSpec(IisSpec.Remediate);
        harness.World.OpenRdpToTheWorld();

        await harness.OnTaskEventAsync();

        var sent = Assert.Single(harness.Rechecks.Sent);
        Assert.Equal(RecheckReason.RepairApplied, sent.Reason);
        Assert.StartsWith("rule:", sent.Root, StringComparison.Ordinal);
        var result = Assert.Single(await harness.DeliverDueRechecksAsync());
        Assert.Empty(Assert.Single(result.Summary.Tasks).Judgement.Findings);
        Assert.Single(harness.Rechecks.Sent);
    }

    [Fact]
    public async Task TaskEvent_BudgetExhausted_RechecksTheDeferredRepair()
    {
        var harness = new ReconcilerHarness(budget: 0, rechecks: true).WithIisSpec(IisSpec.Remediate);
        harness.World.OpenRdpToTheWorld();

        await harness.OnTaskEventAsync();

        Assert.Equal(RecheckReason.RepairDeferred, Assert.Single(harness.Rechecks.Sent).Reason);
    }

    [Fact]
    public async Task TaskEvent_ReadOnlyRun_SchedulesNothing()
    {
        var harness = Late(new ReconcilerHarness(options: ReconcilerOptions.Default with { ReadOnly = true }, rechecks: true).WithIisSpec());

        await harness.OnTaskEventAsync();

        Assert.Empty(harness.Rechecks.Sent);
    }

    /// <summary>A re-check that cannot be sent is counted (the metric and alarm read it), and the task is still not judged early.</summary>
    [Fact]
    public async Task TaskEvent_QueueRefusesTheRecheck_CountedAsNotScheduled_TaskStillWaits()
    {
        var harness = Late(new ReconcilerHarness(rechecks: true).WithIisSpec());
        var reconciler = new Reconciler(harness.Ports with { Rechecks = new RefusingQueue() }, ReconcilerOptions.Default, harness.Time, NullLogger<Reconciler>.Instance);

        var summary = await reconciler.ReconcileAsync([ReconcileTarget.FromEvent(harness.World.Tasks[Ids.TaskArn])], CancellationToken.None);

        Assert.Equal((0, 1), (summary.RechecksScheduled, summary.RechecksNotScheduled));
        Assert.Equal(JudgementKind.NotYetRunning, Assert.Single(summary.Tasks).Judgement.Kind);
        Assert.Empty(harness.Sink.Published);
        Assert.Equal(2, summary.Merge(summary).RechecksNotScheduled); // a batch of re-checks adds up what each run could not send
    }

    /// <summary>A pending marker that cannot be released only delays the chain: the re-check still looks at the task.</summary>
    [Fact]
    public async Task Recheck_MarkerCannotBeReleased_StillLooksAtTheTask()
    {
        var harness = new ReconcilerHarness(rechecks: true).WithIisSpec();
        var reconciler = new Reconciler(harness.Ports with { Rechecks = new RefusingQueue() }, ReconcilerOptions.Default, harness.Time, NullLogger<Reconciler>.Instance);
        var request = new RecheckRequest(Ids.ClusterArn, Ids.TaskArn, FindingRoot.Task(Ids.TaskArn).Key, RecheckReason.EniNotReady, 1, 5, harness.Time.GetUtcNow());

        var result = await reconciler.RecheckAsync(request, CancellationToken.None);

        Assert.False(result.Dropped);
        Assert.Equal(JudgementKind.Judged, Assert.Single(result.Summary.Tasks).Judgement.Kind);
    }

    /// <summary>The task is RUNNING but ECS has not given its attachment an interface id yet.</summary>
    private static ReconcilerHarness Late(ReconcilerHarness harness)
    {
        harness.World.Tasks[Ids.TaskArn] = IisObservation.Task() with { Attachments = [IisObservation.Attachment(eniId: null)] };
        return harness;
    }

    private sealed class RefusingQueue : IRecheckQueue
    {
        public Task<bool> TryScheduleAsync(RecheckRequest request, DateTimeOffset now, CancellationToken cancellationToken) =>
            throw new AdapterException("sqs", "SendMessage", "ewr-rechecks", "throttled", isTransient: true);

        public Task ReleaseAsync(RecheckRequest request, CancellationToken cancellationToken) =>
            throw new AdapterException("dynamodb", "DeleteItem", "ewr-recheck-markers", "throttled", isTransient: true);
    }
}
