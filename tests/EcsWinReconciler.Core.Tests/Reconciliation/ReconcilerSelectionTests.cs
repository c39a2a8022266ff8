using EcsWinReconciler.Core.Reconciliation;
using EcsWinReconciler.TestSupport.Fakes;

namespace EcsWinReconciler.Core.Tests.Reconciliation;

public class ReconcilerSelectionTests
{
    [Fact]
    public async Task ReconcileSelections_250Tasks_BatchesDescribesByHundred()
    {
        var harness = new ReconcilerHarness(WorldBuilder.Iis(tasks: 250)).WithIisSpec();

        var summary = await harness.Reconciler.ReconcileSelectionsAsync(await harness.Reconciler.SelectionsOfAllSpecsAsync(CancellationToken.None), null, CancellationToken.None);

        Assert.Equal(250, summary.Judged);
        Assert.Equal(3, harness.World.CallsTo("ListTasks"));
        Assert.Equal(3, harness.World.CallsTo("DescribeTasks"));
        Assert.Equal(3, harness.World.CallsTo("DescribeNetworkInterfaces"));
        Assert.Equal(3, harness.World.CallsTo("DescribeSecurityGroupRules"));
        Assert.Empty(summary.Remaining);
    }

    [Fact]
    public async Task ReconcileSelections_DeadlinePassesDuringTheFirstBatch_StopsAfterOneTaskAndReportsWhatIsLeft()
    {
        var harness = new ReconcilerHarness(WorldBuilder.Iis(tasks: 250)).WithIisSpec();
        var deadline = harness.Time.GetUtcNow() + TimeSpan.FromSeconds(1);
        harness.World.Failures.Clear();
        var calls = 0;
        harness.World.OnDescribeTasks = () =>
        {
            if (++calls == 1)
            {
                harness.Time.Advance(TimeSpan.FromSeconds(2));
            }
        };

        var summary = await harness.Reconciler.ReconcileSelectionsAsync([("win-prod", null)], deadline, CancellationToken.None);

        Assert.Equal(1, summary.TasksSeen);
        Assert.Equal(249, summary.Remaining.Count);
        Assert.Equal(1, harness.World.CallsTo("DescribeTasks"));
    }

    [Fact]
    public async Task ReconcileSelections_ClusterDefaultAndFamily_ListTheClusterOnce()
    {
        var harness = new ReconcilerHarness(WorldBuilder.Iis(tasks: 5)).WithIisSpec();

        var summary = await harness.Reconciler.ReconcileSelectionsAsync([("win-prod", "iis-webserver"), ("win-prod", null)], null, CancellationToken.None);

        Assert.Equal(5, summary.TasksSeen);
        Assert.Equal(1, harness.World.CallsTo("ListTasks"));
    }

    [Fact]
    public async Task ReconcileSelections_ShortRunsOfASweep_CompleteTheCircleOnlyWhenTheLastTaskIsReached()
    {
        var harness = new ReconcilerHarness(WorldBuilder.Iis(tasks: 250)).WithIisSpec();
        var completed = new List<bool>();
        var covered = new HashSet<string>(StringComparer.Ordinal);
        for (var run = 0; run < 3; run++)
        {
            // Each run has time for one batch of 100 and one more task: the deadline passes while the second batch is described.
            var deadline = harness.Time.GetUtcNow() + TimeSpan.FromSeconds(1);
            var describes = 0;
            harness.World.OnDescribeTasks = () =>
            {
                if (++describes == 2)
                {
                    harness.Time.Advance(TimeSpan.FromSeconds(2));
                }
            };
            var summary = await harness.Reconciler.ReconcileSelectionsAsync([("win-prod", null)], deadline, Reconciler.AllSelectionsSweep, CancellationToken.None);
            completed.Add(summary.CircleCompleted);
            covered.UnionWith(summary.Tasks.Select(t => t.TaskArn));
        }

        Assert.Equal([false, false, true], completed);
        Assert.Equal(250, covered.Count);
    }

    [Fact]
    public async Task ReconcileSelections_OneRunCoversEverything_CompletesTheCircle() =>
        Assert.True((await new ReconcilerHarness(WorldBuilder.Iis(tasks: 5)).WithIisSpec().Reconciler.ReconcileSelectionsAsync([("win-prod", null)], null, CancellationToken.None)).CircleCompleted);
}
