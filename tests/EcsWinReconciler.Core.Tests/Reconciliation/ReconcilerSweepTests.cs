using EcsWinReconciler.Core.InMemory;
using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.Core.Reconciliation;
using EcsWinReconciler.TestSupport.Fakes;
using EcsWinReconciler.TestSupport.Specimens;
using Microsoft.Extensions.Logging.Abstractions;

namespace EcsWinReconciler.Core.Tests.Reconciliation;

/// <summary>
/// Issue 8, deadline: a sweep that its deadline always cuts short continues in the next run where this one stopped,
/// so every task is reached; without the cursor the same runs never get past the start.
/// </summary>
public class ReconcilerSweepTests
{
    private const string Sweep = Reconciler.AllSelectionsSweep;

    [Fact]
    public async Task Sweep_TimeForOneBatchPerRun_ThreeRunsReachAll250Tasks_TheThirdWrapsAround()
    {
        var (harness, reconciler) = OneBatchPerRun(250);

        var runs = new List<RunSummary>();
        for (var i = 0; i < 3; i++)
        {
            runs.Add(await reconciler.ReconcileSelectionsAsync([new("win-prod", null)], Deadline(harness), Sweep, CancellationToken.None));
        }

        Assert.All(runs, r => Assert.Equal(0, r.Failed));
        Assert.Equal([100, 100, 100], runs.Select(r => r.TasksSeen));
        Assert.Equal(250, runs.SelectMany(r => r.Tasks).Select(t => t.TaskArn).Distinct().Count());
        Assert.Equal([150, 150, 150], runs.Select(r => r.Remaining.Count));
    }

    [Fact]
    public async Task Sweep_DeadlinePassesInsideEveryBatch_EachRunJudgesOneTaskAndTheNextContinues()
    {
        var harness = new ReconcilerHarness(WorldBuilder.Iis(tasks: 250)).WithIisSpec();
        harness.World.OnDescribeTasks = () => harness.Time.Advance(TimeSpan.FromSeconds(2));

        var reached = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            var run = await harness.Reconciler.ReconcileSelectionsAsync([new("win-prod", null)], Deadline(harness), Sweep, CancellationToken.None);
            Assert.Equal((1, 249), (run.TasksSeen, run.Remaining.Count));
            reached.AddRange(run.Tasks.Select(t => t.TaskArn));
        }

        Assert.Equal(5, reached.Distinct().Count());
    }

    [Fact]
    public async Task NoSweep_DeadlinePassesInsideEveryBatch_RepeatsTheSameTask()
    {
        var harness = new ReconcilerHarness(WorldBuilder.Iis(tasks: 250)).WithIisSpec();
        harness.World.OnDescribeTasks = () => harness.Time.Advance(TimeSpan.FromSeconds(2));

        var reached = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < 3; i++)
        {
            var run = await harness.Reconciler.ReconcileSelectionsAsync([new("win-prod", null)], Deadline(harness), CancellationToken.None);
            reached.UnionWith(run.Tasks.Select(t => t.TaskArn));
        }

        Assert.Single(reached);
    }

    [Fact]
    public async Task Sweep_RunsThatFinish_CoverEveryTaskEachTimeAndKeepTheirPlace()
    {
        var harness = new ReconcilerHarness(WorldBuilder.Iis(tasks: 30)).WithIisSpec();

        var first = await harness.Reconciler.ReconcileSelectionsAsync([new("win-prod", null)], null, Sweep, CancellationToken.None);
        var cursor = await harness.Cursor.GetAsync(Sweep, CancellationToken.None);
        var second = await harness.Reconciler.ReconcileSelectionsAsync([new("win-prod", null)], null, Sweep, CancellationToken.None);

        Assert.Equal(30, first.Judged);
        Assert.Equal(30, second.Judged);
        Assert.NotNull(cursor);
        Assert.Equal(cursor, await harness.Cursor.GetAsync(Sweep, CancellationToken.None));
        Assert.Empty(second.Remaining);
    }

    [Fact]
    public async Task Sweep_NewTaskBehindTheCursor_IsReachedOnTheNextLap()
    {
        var (harness, reconciler) = OneBatchPerRun(250);
        await reconciler.ReconcileSelectionsAsync([new("win-prod", null)], Deadline(harness), Sweep, CancellationToken.None);
        var early = WorldBuilder.NewTask(harness.World, "arn:aws:ecs:us-east-1:111122223333:task/win-prod/00000000000000000000000000000000a", harness.World.Tasks.Values.First(), Ids.SubnetA, [Ids.WebGroup], 900);
        harness.World.Tasks[early.TaskArn] = early;

        var second = await reconciler.ReconcileSelectionsAsync([new("win-prod", null)], Deadline(harness), Sweep, CancellationToken.None);
        var third = await reconciler.ReconcileSelectionsAsync([new("win-prod", null)], Deadline(harness), Sweep, CancellationToken.None);

        Assert.DoesNotContain(second.Tasks, t => t.TaskArn == early.TaskArn);
        Assert.Contains(third.Tasks, t => t.TaskArn == early.TaskArn);
    }

    [Fact]
    public async Task Sweep_ProgressCannotBeSaved_TheRunStillSucceeds()
    {
        var harness = new ReconcilerHarness(WorldBuilder.Iis(tasks: 5)).WithIisSpec();
        var reconciler = new Reconciler(harness.Ports with { Cursor = new BrokenCursor() }, ReconcilerOptions.Default, harness.Time, NullLogger<Reconciler>.Instance);

        var summary = await reconciler.ReconcileSelectionsAsync([new("win-prod", null)], null, Sweep, CancellationToken.None);

        Assert.Equal(5, summary.Judged);
        Assert.Equal(0, summary.Failed);
    }

    /// <summary>Each batch's progress is saved just as its run's time runs out: every run has time for exactly one batch.</summary>
    [Fact]
    public async Task Sweep_DefaultInterval_SavesOncePerRunWhenItFinishesAndWhenTheDeadlineStopsIt()
    {
        var harness = new ReconcilerHarness(WorldBuilder.Iis(tasks: 250)).WithIisSpec();
        var saves = 0;
        var reconciler = new Reconciler(
            harness.Ports with { Cursor = new ClockMovingCursor(harness.Cursor, () => saves++) }, ReconcilerOptions.Default, harness.Time, NullLogger<Reconciler>.Instance);

        var full = await reconciler.ReconcileSelectionsAsync([new("win-prod", null)], null, Sweep, CancellationToken.None);
        var describes = 0;
        harness.World.OnDescribeTasks = () =>
        {
            if (++describes == 2)
            {
                harness.Time.Advance(TimeSpan.FromSeconds(2));
            }
        };
        var stopped = await reconciler.ReconcileSelectionsAsync([new("win-prod", null)], Deadline(harness), Sweep, CancellationToken.None);
        harness.World.OnDescribeTasks = null;
        var next = await reconciler.ReconcileSelectionsAsync([new("win-prod", null)], null, Sweep, CancellationToken.None);

        Assert.Equal((250, 101), (full.TasksSeen, stopped.TasksSeen));
        Assert.Equal(3, saves);
        Assert.Equal(stopped.Tasks.Last().TaskArn, next.Tasks.Last().TaskArn);
    }

    /// <summary>
    /// An alert no task shows any more is resolved by the resync whose run reaches the end of the circle, even though its
    /// deadline left the tasks after the wrap-around for the next run; not by the runs before it.
    /// </summary>
    [Fact]
    public async Task Resync_RunThatWrapsAroundTheCircle_ResolvesTheAlertNoTaskShowsAnyMore()
    {
        var (harness, reconciler) = OneBatchPerRun(250);
        var rdpFromWorld = new ObservedIngressRule("sgr-0ccccccccccccccc3", Ids.OtherGroup, IisObservation.RdpFromWorldRule.Permission);
        harness.World.Groups[Ids.OtherGroup] = harness.World.Groups[Ids.OtherGroup] with { Ingress = [rdpFromWorld] };
        harness.World.Enis[Ids.EniId] = IisObservation.Eni() with { GroupIds = [Ids.WebGroup, Ids.OtherGroup] };
        await harness.OnTaskEventAsync();
        harness.World.Tasks[Ids.TaskArn] = IisObservation.Task(TaskLifecycle.Stopped, version: 9);
        await harness.OnTaskEventAsync();
        Assert.NotEmpty(await harness.Alerts.ListAsync(openOnly: true, CancellationToken.None));
        var selections = await reconciler.SelectionsOfAllSpecsAsync(CancellationToken.None);

        var runs = new List<RunSummary>();
        for (var i = 0; i < 3; i++)
        {
            runs.Add(await reconciler.ResyncAsync(selections, Deadline(harness), CancellationToken.None));
        }

        Assert.Equal([false, false, true], runs.Select(r => r.CircleCompleted));
        Assert.All(runs, r => Assert.NotEmpty(r.Remaining));
        Assert.Equal([0, 0], runs.Take(2).Select(r => r.AlertsResolved));
        Assert.NotEqual(0, runs[2].AlertsResolved);
        Assert.Empty(await harness.Alerts.ListAsync(openOnly: true, CancellationToken.None));
    }

    /// <summary>A run of exactly the save interval's batches saves its place once, at the last batch, not again at the end.</summary>
    [Fact]
    public async Task Sweep_AsManyBatchesAsTheSaveInterval_SavesItsPlaceOnce()
    {
        var harness = new ReconcilerHarness(WorldBuilder.Iis(tasks: 4)).WithIisSpec();
        var saves = 0;
        var options = ReconcilerOptions.Default with { BatchSize = 2, CursorSaveInterval = 2 };
        var reconciler = new Reconciler(harness.Ports with { Cursor = new ClockMovingCursor(harness.Cursor, () => saves++) }, options, harness.Time, NullLogger<Reconciler>.Instance);

        var run = await reconciler.ReconcileSelectionsAsync([new("win-prod", null)], null, Sweep, CancellationToken.None);

        Assert.Equal(4, run.Judged);
        Assert.Equal(1, saves);
    }

    /// <summary>A run without a sweep name (an event's, a user's) reconciles every batch and leaves the sweep's place alone.</summary>
    [Fact]
    public async Task NoSweep_MoreBatchesThanTheSaveInterval_ReconcilesAllAndSavesNoPlace()
    {
        var harness = new ReconcilerHarness(WorldBuilder.Iis(tasks: 3)).WithIisSpec();
        var options = ReconcilerOptions.Default with { BatchSize = 1, CursorSaveInterval = 1 };
        var reconciler = new Reconciler(harness.Ports, options, harness.Time, NullLogger<Reconciler>.Instance);

        var run = await reconciler.ReconcileSelectionsAsync([new("win-prod", null)], null, CancellationToken.None);

        Assert.Equal((3, 0), (run.Judged, run.Failed));
        Assert.Null(await harness.Cursor.GetAsync(Sweep, CancellationToken.None));
    }

    /// <summary>A sweep over a cluster with no running task completes its circle and has no place to save.</summary>
    [Fact]
    public async Task Sweep_NoTaskToVisit_CompletesAndSavesNoPlace()
    {
        var harness = new ReconcilerHarness(WorldBuilder.Iis(tasks: 3)).WithIisSpec();

        var run = await harness.Reconciler.ReconcileSelectionsAsync([new("win-empty", null)], null, Sweep, CancellationToken.None);

        Assert.Equal((0, 0), (run.TasksSeen, run.Failed));
        Assert.True(run.CircleCompleted);
        Assert.Null(await harness.Cursor.GetAsync(Sweep, CancellationToken.None));
    }

    private static (ReconcilerHarness Harness, Reconciler Reconciler) OneBatchPerRun(int tasks)
    {
        var harness = new ReconcilerHarness(WorldBuilder.Iis(tasks)).WithIisSpec();
        var cursor = new ClockMovingCursor(harness.Cursor, () => harness.Time.Advance(TimeSpan.FromSeconds(2)));
        // The clock moves when the cursor is saved, so a save after every batch makes "one batch per run".
        var options = ReconcilerOptions.Default with { CursorSaveInterval = 1 };
        return (harness, new Reconciler(harness.Ports with { Cursor = cursor }, options, harness.Time, NullLogger<Reconciler>.Instance));
    }

    private static DateTimeOffset Deadline(ReconcilerHarness harness) => harness.Time.GetUtcNow() + TimeSpan.FromSeconds(1);

    private sealed class ClockMovingCursor(InMemoryResyncCursor inner, Action onSave) : IResyncCursor
    {
        public Task<string?> GetAsync(string sweep, CancellationToken cancellationToken) => inner.GetAsync(sweep, cancellationToken);

        public async Task SaveAsync(string sweep, string position, DateTimeOffset now, CancellationToken cancellationToken)
        {
            await inner.SaveAsync(sweep, position, now, cancellationToken);
            onSave();
        }
    }

    private sealed class BrokenCursor : IResyncCursor
    {
        public Task<string?> GetAsync(string sweep, CancellationToken cancellationToken) => Task.FromResult<string?>(null);

        public Task SaveAsync(string sweep, string position, DateTimeOffset now, CancellationToken cancellationToken) =>
            throw new AdapterException("dynamodb", "SaveResyncCursor", "State:CURSOR#all-selections/CURSOR", "ProvisionedThroughputExceededException", isTransient: true);
    }
}
