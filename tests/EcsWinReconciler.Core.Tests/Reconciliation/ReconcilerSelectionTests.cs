using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.Core.Reconciliation;
using EcsWinReconciler.TestSupport.Fakes;
using Microsoft.Extensions.Logging.Abstractions;

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
        Assert.Equal(1, harness.World.CallsTo("DescribeNetworkInterfaces")); // the one host's ENIs, read once for every batch (issue 17)
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

        var summary = await harness.Reconciler.ReconcileSelectionsAsync([new("win-prod", null)], deadline, CancellationToken.None);

        Assert.Equal(1, summary.TasksSeen);
        Assert.Equal(249, summary.Remaining.Count);
        Assert.Equal(1, harness.World.CallsTo("DescribeTasks"));
    }

    [Fact]
    public async Task ReconcileSelections_250KnownTasks_StatusesFromOneListingNotOneReadEach()
    {
        var harness = new ReconcilerHarness(WorldBuilder.Iis(tasks: 250)).WithIisSpec();
        await harness.Reconciler.ReconcileSelectionsAsync([new("win-prod", null)], null, CancellationToken.None);
        var statuses = new CountingStatusStore(harness.Status);
        var reconciler = new Reconciler(harness.Ports with { Status = statuses }, ReconcilerOptions.Default, harness.Time, NullLogger<Reconciler>.Instance);
        var writes = harness.Status.Writes;

        var summary = await reconciler.ReconcileSelectionsAsync([new("win-prod", null)], null, CancellationToken.None);

        Assert.Equal(250, summary.Judged);
        Assert.Equal((1, 0), (statuses.Lists, statuses.Gets));
        Assert.Equal(writes, harness.Status.Writes);
    }

    [Fact]
    public async Task ReconcileSelections_ListingFails_EachStatusIsReadOnItsOwn()
    {
        var harness = new ReconcilerHarness(WorldBuilder.Iis(tasks: 150)).WithIisSpec();
        var statuses = new CountingStatusStore(harness.Status) { FailListing = true };
        var reconciler = new Reconciler(harness.Ports with { Status = statuses }, ReconcilerOptions.Default, harness.Time, NullLogger<Reconciler>.Instance);

        var summary = await reconciler.ReconcileSelectionsAsync([new("win-prod", null)], null, CancellationToken.None);

        Assert.Equal((150, 0), (summary.Judged, summary.Failed));
        Assert.Equal(150, statuses.Gets);
        Assert.Equal((0, 150), (statuses.PutsAfterListing, statuses.Puts)); // read on their own: nothing to vouch for them
    }

    /// <summary>A new fleet's first sweep writes each status as judged from its listing, so the store need not read it first.</summary>
    [Fact]
    public async Task ReconcileSelections_NewFleet_EachStatusWrittenAsJudgedFromTheListing()
    {
        var harness = new ReconcilerHarness(WorldBuilder.Iis(tasks: 12)).WithIisSpec();
        var statuses = new CountingStatusStore(harness.Status);
        var reconciler = new Reconciler(harness.Ports with { Status = statuses }, ReconcilerOptions.Default with { BatchSize = 5 }, harness.Time, NullLogger<Reconciler>.Instance);

        await reconciler.ReconcileSelectionsAsync([new("win-prod", null)], null, CancellationToken.None);

        Assert.Equal((12, 0, 0), (statuses.PutsAfterListing, statuses.Puts, statuses.Gets));
        Assert.Equal(12, harness.Status.Writes);
    }

    [Fact]
    public async Task ReconcileSelections_ClusterDefaultAndFamily_ListTheClusterOnce()
    {
        var harness = new ReconcilerHarness(WorldBuilder.Iis(tasks: 5)).WithIisSpec();

        var summary = await harness.Reconciler.ReconcileSelectionsAsync([new("win-prod", "iis-webserver"), new("win-prod", null)], null, CancellationToken.None);

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
            var summary = await harness.Reconciler.ReconcileSelectionsAsync([new("win-prod", null)], deadline, Reconciler.AllSelectionsSweep, CancellationToken.None);
            completed.Add(summary.CircleCompleted);
            covered.UnionWith(summary.Tasks.Select(t => t.TaskArn));
        }

        Assert.Equal([false, false, true], completed);
        Assert.Equal(250, covered.Count);
    }

    [Fact]
    public async Task ReconcileSelections_OneRunCoversEverything_CompletesTheCircle() =>
        Assert.True((await new ReconcilerHarness(WorldBuilder.Iis(tasks: 5)).WithIisSpec().Reconciler.ReconcileSelectionsAsync([new("win-prod", null)], null, CancellationToken.None)).CircleCompleted);

    /// <summary>A cluster-wide selection reads the cluster's statuses in one listing, however many families are also named.</summary>
    [Fact]
    public async Task ReconcileSelections_ClusterDefaultAndFamily_ReadTheStatusesInOneListing()
    {
        var (harness, statuses, reconciler) = Counting(tasks: 5);

        await reconciler.ReconcileSelectionsAsync([new("win-prod", "iis-webserver"), new("win-prod", null)], null, CancellationToken.None);

        Assert.Equal(1, statuses.Lists);
        Assert.Equal(1, harness.World.CallsTo("ListTasks"));
    }

    /// <summary>Selections of two families (no cluster-wide one) read the statuses of each family, not the whole cluster's.</summary>
    [Fact]
    public async Task ReconcileSelections_TwoFamilies_ReadTheStatusesOncePerFamily()
    {
        var (_, statuses, reconciler) = Counting(tasks: 5);

        await reconciler.ReconcileSelectionsAsync([new("win-prod", "iis-webserver"), new("win-prod", "other"), new("win-prod", "other")], null, CancellationToken.None);

        Assert.Equal(2, statuses.Lists);
    }

    /// <summary>A failed listing is reported by selection and reason, and the selection counts as not listed.</summary>
    [Fact]
    public async Task ReconcileSelections_ListingFails_ReportsTheSelectionAndWhy()
    {
        var harness = new ReconcilerHarness(WorldBuilder.Iis(tasks: 5)).WithIisSpec();
        var failure = new AdapterException("ecs", "ListTasks", "win-prod", "throttled", isTransient: true);
        harness.World.Failures["ListTasks"] = failure;

        var summary = await harness.Reconciler.ReconcileSelectionsAsync([new("win-prod", null)], null, CancellationToken.None);

        Assert.Equal([$"win-prod/*: {failure.Message}"], summary.ListingFailures);
        Assert.Equal(["win-prod/* (listing failed)"], summary.Remaining);
        Assert.False(summary.CircleCompleted);
    }

    /// <summary>Past the deadline nothing is listed; what is left is named cluster by cluster, then family, whatever the specs' order.</summary>
    [Fact]
    public async Task ReconcileSelections_DeadlineAlreadyPassed_ReportsEachSelectionNotListedInOrder()
    {
        var harness = new ReconcilerHarness(WorldBuilder.Iis(tasks: 5)).WithIisSpec();

        var summary = await harness.Reconciler.ReconcileSelectionsAsync(
            [new("win-b", "web"), new("win-b", "api"), new("win-a", null), new("win-a", "api")], harness.Time.GetUtcNow(), CancellationToken.None);

        Assert.Equal(["win-a/* (not listed)", "win-b/api (not listed)", "win-b/web (not listed)"], summary.Remaining);
        Assert.Equal(0, harness.World.CallsTo("ListTasks"));
    }

    private static (ReconcilerHarness Harness, CountingStatusStore Statuses, Reconciler Reconciler) Counting(int tasks)
    {
        var harness = new ReconcilerHarness(WorldBuilder.Iis(tasks)).WithIisSpec();
        var statuses = new CountingStatusStore(harness.Status);
        return (harness, statuses, new Reconciler(harness.Ports with { Status = statuses }, ReconcilerOptions.Default, harness.Time, NullLogger<Reconciler>.Instance));
    }

    /// <summary>Counts the reads of a real in-memory store; can make its listing fail.</summary>
    private sealed class CountingStatusStore(IStatusStore inner) : IStatusStore
    {
        public int Gets { get; private set; }

        public int Lists { get; private set; }

        public bool FailListing { get; init; }

        public Task<TaskNetworkStatus?> GetAsync(string taskArn, CancellationToken cancellationToken)
        {
            Gets++;
            return inner.GetAsync(taskArn, cancellationToken);
        }

        public int PutsAfterListing { get; private set; }

        public int Puts { get; private set; }

        public Task<StatusWriteResult> PutAsync(TaskNetworkStatus status, CancellationToken cancellationToken)
        {
            Puts++;
            return inner.PutAsync(status, cancellationToken);
        }

        public Task<StatusWriteResult> PutAfterListingAsync(TaskNetworkStatus status, TaskNetworkStatus? listed, CancellationToken cancellationToken)
        {
            PutsAfterListing++;
            return inner.PutAfterListingAsync(status, listed, cancellationToken);
        }

        public Task<IReadOnlyList<TaskNetworkStatus>> ListAsync(string? cluster, string? family, CancellationToken cancellationToken)
        {
            Lists++;
            return FailListing ? throw new AdapterException("dynamodb", "ListStatus", cluster, "throttled", isTransient: true) : inner.ListAsync(cluster, family, cancellationToken);
        }
    }
}
