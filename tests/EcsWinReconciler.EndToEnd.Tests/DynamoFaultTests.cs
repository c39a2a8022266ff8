using EcsWinReconciler.Core.Planning;
using EcsWinReconciler.Lambda.Composition;
using EcsWinReconciler.TestSupport.Dynamo;
using EcsWinReconciler.TestSupport.Dynamo.Faults;

namespace EcsWinReconciler.EndToEnd.Tests;

/// <summary>
/// Issue 18, DynamoDB faults on the real path: the functions' DynamoDB client goes through <see cref="DynamoFaultProxy"/>,
/// which throttles (ProvisionedThroughputExceededException, ThrottlingException), answers 500 / 503, resets connections,
/// delays, and loses the answers of writes it applied. The same fleet history runs on a twin account without faults, and
/// both must end alike: every budget unit paid for one change, no status went backwards, every alert announced once.
/// </summary>
[Collection(DynaliteFixture.Collection)]
public sealed class DynamoFaultTests(DynaliteFixture dynamo, Xunit.Abstractions.ITestOutputHelper output)
{
    private const string Scenario = "rdp-open+wrong-security-groups+dns-hostnames-off";

    private static string Schedule => File.ReadAllText(Path.Combine(TestSupport.Reference.RepositoryPaths.RepositoryRoot, "events", "resync-schedule.json"));

    [Fact]
    public async Task EveryDynamoFaultAtRandom_NothingDoubleCountedNoStatusRegressedNoAlertDuplicatedOrLost()
    {
        await using var proxy = DynamoFaultProxy.Start(dynamo.Server.ServiceUrl, seed: 18);
        // Two attempts per call: a fault then goes beyond the SDK's retries now and then, and each retry's backoff (real time,
        // up to a second) is paid once.
        await using var faulty = await LocalAccount.StartAsync(dynamo, Scenario, dynamoEndpoint: proxy.Endpoint, maxAttempts: 2);
        await using var twin = await LocalAccount.StartAsync(dynamo, Scenario, test: "EveryDynamoFaultAtRandom_Twin");
        var history = new StatusHistory(dynamo, faulty);
        AtRandom(proxy.Faults);

        var runs = new LambdaRuns(faulty);
        await PlayAsync(runs, history);
        proxy.Faults.Clear();
        var settled = new LambdaRuns(faulty);
        await SettleAsync(settled, history);
        var twinRuns = new LambdaRuns(twin);
        await PlayAsync(twinRuns, new StatusHistory(dynamo, twin));
        await SettleAsync(twinRuns, new StatusHistory(dynamo, twin));

        var injected = proxy.Calls.Where(c => c.Fault is not null).GroupBy(c => c.Fault).Select(g => $"{g.Key} {g.Count()}")
            .Append($"Latency {proxy.Calls.Count(c => c.Delay > TimeSpan.Zero)}");
        output.WriteLine($"{proxy.Calls.Count} DynamoDB calls, injected: {string.Join(", ", injected)}; {runs.Responses.Count} invocations answered, "
            + $"{runs.InvocationErrors} invocation errors (retried as Lambda does), {runs.Responses.Sum(r => r.Count("failed"))} failed tasks; {history.Snapshots} status snapshots");
        Assert.All(runs.Responses.Concat(settled.Responses), r => Assert.Equal("reconciled", r.Status()));
        Assert.True(runs.InvocationErrors + runs.Responses.Sum(r => r.Count("failed")) > 0, "no fault went beyond the SDK's retries");
        Assert.Equal((0, 0), (settled.InvocationErrors, settled.Responses.Sum(r => r.Count("failed"))));
        Assert.Equal(0, twinRuns.InvocationErrors);
        foreach (var kind in Enum.GetValues<DynamoFaultKind>().Where(k => k != DynamoFaultKind.Latency))
        {
            Assert.Contains(proxy.Calls, c => c.Fault == kind);
        }

        Assert.Contains(proxy.Calls, c => c.Delay > TimeSpan.Zero);

        await AssertAlikeAsync(faulty, twin, history);
    }

    /// <summary>
    /// The first answers of every kind of conditional write are lost after DynamoDB applied them (budget takes, action claims,
    /// alert transitions and outbox completions, statuses): the SDK retries each, the retry's condition fails, and the stores
    /// must still know the write as theirs — so the repairs happen in the same run, once, and each alert is announced at once.
    /// </summary>
    [Fact]
    public async Task ConditionalWritesAnswersLost_EachCountsOnceAndTheRunStillActsAndAnnounces()
    {
        await using var proxy = DynamoFaultProxy.Start(dynamo.Server.ServiceUrl, seed: 18);
        await using var account = await LocalAccount.StartAsync(dynamo, Scenario, dynamoEndpoint: proxy.Endpoint);
        var history = new StatusHistory(dynamo, account);
        foreach (var key in new[] { "BUDGET#", "CLAIM#", "ALERT#", "TASK#" })
        {
            proxy.Faults.Add(new DynamoFaultRule(DynamoFaultKind.AnswerLost, KeyContains: key, Times: 3));
        }

        using var resync = new LocalFunction(account, FunctionKind.Resync);
        var first = await resync.InvokeAsync(Schedule);
        await history.SnapshotAsync("the resync with lost answers");

        output.WriteLine($"lost answers: {proxy.Calls.Count(c => c.Fault == DynamoFaultKind.AnswerLost)}; writes: {string.Join(", ", account.MutatingCalls())}");
        Assert.Equal(("reconciled", 0), (first.Status(), first.Count("failed")));
        Assert.Equal(12, proxy.Calls.Count(c => c.Fault == DynamoFaultKind.AnswerLost));
        Assert.Contains("ec2:RevokeSecurityGroupIngress", account.MutatingCalls());
        Assert.Contains("ecs:UpdateService", account.MutatingCalls());
        Assert.Equal(account.MutatingCalls().Count, await UnitsUsedAsync(account, [account.Time.GetUtcNow()]));
        var announced = AnnouncedAlerts.Of(account.Sandbox.Admin.PublishedMessages());
        Assert.Contains(announced, a => a.StartsWith("opened ", StringComparison.Ordinal) && a.Contains(Core.Drift.CheckIds.VpcDnsHostnames, StringComparison.Ordinal));
        Assert.Equal(announced.Distinct(), announced);
        Assert.Empty(await account.Ports.Alerts.ListPendingNotificationsAsync(CancellationToken.None));
        Assert.Empty(history.Regressions);
    }

    /// <summary>
    /// Invocations as Lambda makes them for EventBridge: each from an environment of its own (cold caches); one that fails (a
    /// DynamoDB call failing beyond the SDK's retries where no task can absorb it: listing specs or alerts) is retried twice,
    /// a minute apart, then left to the dead-letter queue.
    /// </summary>
    private sealed class LambdaRuns(LocalAccount account)
    {
        public LocalAccount Account => account;

        public List<System.Text.Json.JsonElement> Responses { get; } = [];

        public int InvocationErrors { get; private set; }

        public async Task InvokeAsync(FunctionKind kind, string json)
        {
            for (var attempt = 0; attempt < 3; attempt++)
            {
                using var function = new LocalFunction(account, kind, instance: l => account.NewInstance(l));
                try
                {
                    Responses.Add(await function.InvokeAsync(json));
                    return;
                }
                catch (Core.Ports.AdapterException e) when (e.IsTransient)
                {
                    InvocationErrors++;
                    account.Time.Advance(TimeSpan.FromMinutes(1));
                }
            }
        }
    }

    /// <summary>Every kind of fault, on every DynamoDB call, at rates that leave a few calls failing beyond the SDK's two attempts.</summary>
    private static void AtRandom(DynamoFaultPlan faults)
    {
        faults.Add(new DynamoFaultRule(DynamoFaultKind.Latency, Rate: 0.2, Delay: TimeSpan.FromMilliseconds(5)));
        faults.Add(new DynamoFaultRule(DynamoFaultKind.ProvisionedThroughputExceeded, Rate: 0.05));
        faults.Add(new DynamoFaultRule(DynamoFaultKind.Throttling, Rate: 0.03));
        faults.Add(new DynamoFaultRule(DynamoFaultKind.InternalServerError, Rate: 0.03));
        faults.Add(new DynamoFaultRule(DynamoFaultKind.ServiceUnavailable, Rate: 0.03));
        faults.Add(new DynamoFaultRule(DynamoFaultKind.ConnectionReset, Rate: 0.03));
        foreach (var write in new[] { "PutItem", "UpdateItem", "DeleteItem" })
        {
            faults.Add(new DynamoFaultRule(DynamoFaultKind.AnswerLost, write, Rate: 0.1));
        }
    }

    /// <summary>
    /// A fleet's half hour: resyncs, each running task's newest event delivered twice, the service's replacements settling,
    /// the stopped tasks' events.
    /// </summary>
    private static async Task PlayAsync(LambdaRuns runs, StatusHistory history)
    {
        var account = runs.Account;
        for (var round = 0; round < 3; round++)
        {
            await runs.InvokeAsync(FunctionKind.Resync, Schedule);
            await history.SnapshotAsync($"resync {round + 1}");
            account.Sandbox.Admin.Settle();
            foreach (var task in account.Sandbox.Admin.Events().Select(e => e.TaskArn).Distinct(StringComparer.Ordinal).ToList())
            {
                var latest = SandboxEvents.Latest(account.Sandbox, task).Json;
                for (var delivery = 0; delivery < 2; delivery++)
                {
                    await runs.InvokeAsync(FunctionKind.TaskState, latest);
                    await history.SnapshotAsync($"round {round + 1}, event of {task}");
                }
            }

            account.Time.Advance(TimeSpan.FromMinutes(1));
        }
    }

    /// <summary>After the faults: past every lease (claims 10 min, notifications 2 min), two resyncs.</summary>
    private static async Task SettleAsync(LambdaRuns runs, StatusHistory history)
    {
        runs.Account.Time.Advance(TimeSpan.FromMinutes(15));
        for (var i = 0; i < 2; i++)
        {
            await runs.InvokeAsync(FunctionKind.Resync, Schedule);
            await history.SnapshotAsync($"settling resync {i + 1}");
            runs.Account.Sandbox.Admin.Settle();
        }
    }

    private static async Task AssertAlikeAsync(LocalAccount faulty, LocalAccount twin, StatusHistory history)
    {
        Assert.Empty(history.Regressions);

        // Every unit of the budget paid for exactly one change, and every change has one Applied entry.
        var writes = faulty.MutatingCalls();
        Assert.Equal(writes.Distinct(), writes);
        Assert.Equal(twin.MutatingCalls().Order(), writes.Order());
        Assert.Equal(writes.Count, await UnitsUsedAsync(faulty, [faulty.Time.GetUtcNow(), faulty.Time.GetUtcNow() - TimeSpan.FromHours(1)]));
        var ledger = await faulty.Ports.Ledger.ListAsync(DateTimeOffset.MinValue, CancellationToken.None);
        var applied = ledger.Where(e => e.Result == ActionResult.Applied).ToList();
        Assert.True(writes.Count == applied.Count, $"writes {string.Join(", ", writes)}; ledger: {string.Join("; ", ledger.Select(e => $"{e.At:O} {e.Description} {e.Result} {e.DryRun} {e.Detail}"))}");

        // Every alert announced once, as without the faults; none left owed; the same ones open.
        var announced = AnnouncedAlerts.Of(faulty.Sandbox.Admin.PublishedMessages());
        Assert.Equal(AnnouncedAlerts.Of(twin.Sandbox.Admin.PublishedMessages()).Order(), announced.Order());
        Assert.Equal(announced.Distinct(), announced);
        Assert.Empty(await faulty.Ports.Alerts.ListPendingNotificationsAsync(CancellationToken.None));
        Assert.Equal(
            (await twin.Ports.Alerts.ListAsync(openOnly: true, CancellationToken.None)).Select(a => a.Key),
            (await faulty.Ports.Alerts.ListAsync(openOnly: true, CancellationToken.None)).Select(a => a.Key));
        Assert.Equal(await StatusHistory.PrintAsync(twin), await StatusHistory.PrintAsync(faulty));
    }

    /// <summary>Budget units used in the windows of <paramref name="times"/> (each window counted once).</summary>
    private static async Task<int> UnitsUsedAsync(LocalAccount account, IEnumerable<DateTimeOffset> times)
    {
        var used = 0;
        foreach (var at in times.DistinctBy(t => t.ToUnixTimeSeconds() / 3600))
        {
            used += 10 - await account.Ports.Budget.RemainingAsync(at, CancellationToken.None);
        }

        return used;
    }
}
