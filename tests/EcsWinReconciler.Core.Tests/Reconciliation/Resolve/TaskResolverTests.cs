using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Reconciliation;
using EcsWinReconciler.TestSupport.Fakes;
using EcsWinReconciler.TestSupport.Specimens;

namespace EcsWinReconciler.Core.Tests.Reconciliation.Resolve;

/// <summary>Which task a target resolves to: an event seen again is judged again only for a new spec; a task ECS forgot is closed as stopped.</summary>
public sealed class TaskResolverTests
{
    [Fact]
    public async Task TaskEvent_SameVersionAfterTheSpecChanged_IsJudgedAgainstTheNewSpec()
    {
        var harness = new ReconcilerHarness().WithIisSpec();
        await harness.OnTaskEventAsync();
        harness.WithSpec(IisSpec.Create().WithSeverity(Severity.Low));

        var summary = await harness.OnTaskEventAsync();

        Assert.Equal(JudgementKind.Judged, Assert.Single(summary.Tasks).Judgement.Kind);
        Assert.Equal(2, (await harness.Status.GetAsync(Ids.TaskArn, CancellationToken.None))!.ObservedGeneration);
    }

    [Fact]
    public async Task TaskEvent_SameVersionSameSpec_IsSkippedAsAlreadyHandled()
    {
        var harness = new ReconcilerHarness().WithIisSpec();
        await harness.OnTaskEventAsync();

        var summary = await harness.OnTaskEventAsync();

        Assert.Equal("event version 5 already handled (stored version 5)", Assert.Single(summary.Tasks).Judgement.Reason);
    }

    [Fact]
    public async Task Lookup_TaskEcsNoLongerKnowsButStatusSaysRuns_IsClosedAsStoppedGoneFromEcs()
    {
        var harness = new ReconcilerHarness().WithIisSpec();
        await harness.OnTaskEventAsync();
        harness.World.Tasks.Remove(Ids.TaskArn);

        var summary = await harness.LookAtAsync();

        var outcome = Assert.Single(summary.Tasks);
        Assert.Equal((JudgementKind.Stopped, (string?)null), (outcome.Judgement.Kind, outcome.Error));
        Assert.Contains("gone from ECS", outcome.Judgement.Reason, StringComparison.Ordinal);
        Assert.Equal(JudgementKind.Stopped, (await harness.Status.GetAsync(Ids.TaskArn, CancellationToken.None))!.Judgement);
    }

    [Fact]
    public async Task Lookup_TaskNeitherEcsNorAnyStatusKnows_IsSkippedAsNotFound()
    {
        var harness = new ReconcilerHarness().WithIisSpec();
        harness.World.Tasks.Remove(Ids.TaskArn);

        var summary = await harness.LookAtAsync();

        Assert.Equal((JudgementKind.Skipped, TaskResolver.TaskNotFound), (Assert.Single(summary.Tasks).Judgement.Kind, Assert.Single(summary.Tasks).Judgement.Reason));
        Assert.Null(await harness.Status.GetAsync(Ids.TaskArn, CancellationToken.None));
    }
}
