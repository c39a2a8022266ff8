using EcsWinReconciler.Core.Reconciliation;
using EcsWinReconciler.Lambda.Composition;
using EcsWinReconciler.TestSupport.Dynamo;

namespace EcsWinReconciler.EndToEnd.Tests;

/// <summary>
/// Issue 8, slow responses against the deadline: the sandbox's latency faults move the shared fake clock
/// (<see cref="VirtualLatencyClock"/>), so a slow call is slow for the reconciler and costs the test nothing. Runs stop
/// cleanly before their deadline, lose nothing, and the next runs continue through the DynamoDB cursor until every task
/// has been reconciled.
/// </summary>
[Collection(DynaliteFixture.Collection)]
public sealed class DeadlineTests(DynaliteFixture dynamo)
{
    private static readonly string[] Selections = ["win-prod"];

    /// <summary>Batches of 10; each batch's DescribeTasks takes 30 s; each run has 45 s.</summary>
    [Fact]
    public async Task SlowDescribeTasks_RunsStopInsideTheirSecondBatch_FourRunsReachAll42Tasks()
    {
        await using var account = await LocalAccount.StartAsync(dynamo, "healthy", virtualLatency: true);
        var tasks = Fleet.GrowIis(account.Sandbox, 42);
        account.Sandbox.Faults.Latency("ecs", "DescribeTasks", TimeSpan.FromSeconds(30));
        var reconciler = account.Reconciler(options: new ReconcilerOptions { BatchSize = 10 });

        var runs = new List<RunSummary>();
        for (var i = 0; i < 4; i++)
        {
            var stopBy = account.Time.GetUtcNow() + TimeSpan.FromSeconds(45);
            runs.Add(await reconciler.ReconcileSelectionsAsync([new(Selections[0], null)], stopBy, Reconciler.AllSelectionsSweep, CancellationToken.None));
            Assert.True(account.Time.GetUtcNow() < stopBy + TimeSpan.FromSeconds(30), "a run started a batch after its deadline");
        }

        Assert.All(runs, r => Assert.Equal(0, r.Failed));
        // Batch one (10 tasks) ends at 30 s; batch two starts before the 45 s deadline, its describe ends after it: one more task.
        Assert.Equal([11, 11, 11], runs.Take(3).Select(r => r.TasksSeen));
        Assert.Equal([31, 31, 31], runs.Take(3).Select(r => r.Remaining.Count));
        // The fourth run describes the last 9 new tasks, then carries on through tasks it already knows: judged from their
        // stored facts without DescribeTasks (issue 17), they cost no slow call, until one whose turn to be confirmed by ECS
        // has come (a phase set by its random ARN) is described and the deadline stops the run. So at least the 11, and
        // nothing lost: what it did not reach it reports as remaining.
        Assert.InRange(runs[3].TasksSeen, 11, 42);
        Assert.Equal(42, runs[3].TasksSeen + runs[3].Remaining.Count);
        Assert.Equal(tasks.Order(StringComparer.Ordinal), runs.SelectMany(r => r.Tasks).Select(t => t.TaskArn).Distinct().Order(StringComparer.Ordinal));
        await AssertEveryTaskHasItsStatusAsync(account, tasks);
    }

    /// <summary>
    /// Issue 18, retries bounded by the deadline, through the resync function itself: observing the batch
    /// (DescribeNetworkInterfaces) takes 70 s and each run has 2 minutes, so a call may take 58.5 s (half of the 117 s before
    /// its calls must end). The SDK's attempt is cut there (the sandbox's latency moves the shared clock past the cut; the cut
    /// fires on the way), no retry starts (its backoff and a minimum attempt no longer fit), and every run answers before
    /// its deadline (the runtime would cancel it 2 s before) with its six tasks reported failed for want of an answer.
    /// Before, the call waited for the endpoint whatever it took (here, it answered and the tasks were judged; with a
    /// 5-minute describe a real Lambda would have been killed at its timeout, and the tasks reported nowhere).
    /// </summary>
    [Fact]
    public async Task SlowNetworkDescribe_EveryResyncOutlastsItsDeadline_CallCutAndEachRunAnswersInTimeReportingItsTasks()
    {
        await using var account = await LocalAccount.StartAsync(dynamo, "healthy", virtualLatency: true);
        Fleet.GrowIis(account.Sandbox, 6);
        account.Sandbox.Faults.Latency("ec2", "DescribeNetworkInterfaces", TimeSpan.FromSeconds(70));
        using var resync = new LocalFunction(account, FunctionKind.Resync);
        var schedule = File.ReadAllText(Path.Combine(TestSupport.Reference.RepositoryPaths.RepositoryRoot, "events", "resync-schedule.json"));

        for (var run = 0; run < 3; run++)
        {
            var deadline = account.Time.GetUtcNow() + TimeSpan.FromMinutes(2);
            var response = await resync.InvokeAsync(schedule, timeLeft: TimeSpan.FromMinutes(2));
            var answeredAt = account.Time.GetUtcNow();

            Assert.Equal(("reconciled", 6, 0, 6), (response.Status(), response.Count("tasks"), response.Count("judged"), response.Count("failed")));
            Assert.True(answeredAt < deadline - TimeSpan.FromSeconds(2), $"run {run} answered at {answeredAt:O}, the runtime cancels at {deadline - TimeSpan.FromSeconds(2):O}");
        }

        Assert.Contains("\"TasksFailed\":6", resync.Output, StringComparison.Ordinal);
        Assert.Contains("the attempt was cut after", resync.Output, StringComparison.Ordinal);
    }

    private static async Task AssertEveryTaskHasItsStatusAsync(LocalAccount account, IReadOnlyList<string> tasks)
    {
        var statuses = await account.Ports.Status.ListAsync("win-prod", null, CancellationToken.None);
        Assert.Equal(tasks.Order(StringComparer.Ordinal), statuses.Select(s => s.TaskArn).Order(StringComparer.Ordinal));
        Assert.All(statuses, s => Assert.Equal(Core.Drift.JudgementKind.Judged, s.Judgement));
    }
}
