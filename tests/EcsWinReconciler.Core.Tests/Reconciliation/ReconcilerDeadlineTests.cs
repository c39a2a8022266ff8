using EcsWinReconciler.TestSupport.Fakes;

namespace EcsWinReconciler.Core.Tests.Reconciliation;

/// <summary>
/// The deadline is a boundary: a run that reaches it stops (finishing the task in hand), one that has not reached it goes
/// on. Virtual time: the clock moves only when the fake world says a call took time.
/// </summary>
public class ReconcilerDeadlineTests
{
    private static readonly TimeSpan DescribeTakes = TimeSpan.FromSeconds(2);

    private static ReconcilerHarness FiveTasks(bool describingTakesTime = false)
    {
        var harness = new ReconcilerHarness(WorldBuilder.Iis(tasks: 5)).WithIisSpec();
        if (describingTakesTime)
        {
            harness.World.OnDescribeTasks = () => harness.Time.Advance(DescribeTakes);
        }

        return harness;
    }

    [Fact]
    public async Task Sweep_DeadlineIsNow_ListsNothingAndSaysWhatWasNotListed()
    {
        var harness = FiveTasks();

        var run = await harness.Reconciler.ReconcileSelectionsAsync([new("win-prod", null)], harness.Time.GetUtcNow(), CancellationToken.None);

        Assert.Equal(0, run.TasksSeen);
        Assert.Equal(["win-prod/* (not listed)"], run.Remaining);
    }

    [Fact]
    public async Task Sweep_DeadlineNotYetReached_ReachesEveryTask()
    {
        var harness = FiveTasks();

        var run = await harness.Reconciler.ReconcileSelectionsAsync([new("win-prod", null)], harness.Time.GetUtcNow().AddTicks(1), CancellationToken.None);

        Assert.Equal(5, run.Judged);
        Assert.Empty(run.Remaining);
    }

    [Fact]
    public async Task Batch_ObservingEndsExactlyAtTheDeadline_FinishesOneTaskAndLeavesTheRest()
    {
        var harness = FiveTasks(describingTakesTime: true);

        var run = await harness.Reconciler.ReconcileSelectionsAsync([new("win-prod", null)], harness.Time.GetUtcNow() + DescribeTakes, CancellationToken.None);

        Assert.Equal(1, run.Judged);
        Assert.Equal(4, run.Remaining.Count);
    }

    [Fact]
    public async Task Batch_ObservingEndsJustBeforeTheDeadline_JudgesTheWholeBatch()
    {
        var harness = FiveTasks(describingTakesTime: true);

        var run = await harness.Reconciler.ReconcileSelectionsAsync([new("win-prod", null)], harness.Time.GetUtcNow() + DescribeTakes + TimeSpan.FromTicks(1), CancellationToken.None);

        Assert.Equal(5, run.Judged);
        Assert.Empty(run.Remaining);
    }
}
