using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Lambda.Composition;
using EcsWinReconciler.Sandbox.State;
using EcsWinReconciler.TestSupport.Dynamo;

namespace EcsWinReconciler.EndToEnd.Tests;

/// <summary>
/// Issue 8, duplicates and order, through the real task-state handler: the events are the sandbox's own ECS Task State
/// Change events, the function is composed as the bootstrap composes it, over the real adapters, the sandbox and dynalite.
/// </summary>
[Collection(DynaliteFixture.Collection)]
public sealed class TaskEventDeliveryTests(DynaliteFixture dynamo, Xunit.Abstractions.ITestOutputHelper output)
{
    [Fact]
    public async Task SameRunningEventFiveTimes_OneRevokeOneAlertOneLedgerEntry()
    {
        await using var account = await LocalAccount.StartAsync(dynamo, "rdp-open+dns-hostnames-off");
        using var function = new LocalFunction(account, FunctionKind.TaskState);
        var running = SandboxEvents.Latest(account.Sandbox, RunningTasks(account)[0]);

        var responses = new List<System.Text.Json.JsonElement> { await function.InvokeAsync(running.Json) };
        var messagesAfterFirst = account.Subjects();
        for (var i = 1; i < 5; i++)
        {
            responses.Add(await function.InvokeAsync(running.Json));
        }

        Assert.All(responses, r => Assert.Equal("reconciled", r.Status()));
        Assert.Equal([1, 0, 0, 0, 0], responses.Select(r => r.Count("actionsApplied")));
        Assert.Equal([1, 0, 0, 0, 0], responses.Select(r => r.Count("judged")));
        Assert.Equal(["ec2:RevokeSecurityGroupIngress"], account.MutatingCalls());
        Assert.Single(account.Subjects(), s => s.Contains("OPEN", StringComparison.Ordinal) && s.Contains(CheckIds.VpcDnsHostnames, StringComparison.Ordinal));
        Assert.Equal(messagesAfterFirst, account.Subjects());
        Assert.Single(await account.Ports.Ledger.ListAsync(DateTimeOffset.MinValue, CancellationToken.None));
        var status = await account.Ports.Status.GetAsync(running.TaskArn, CancellationToken.None);
        Assert.Equal(running.Version, status!.LastEventVersion);
    }

    /// <summary>
    /// The whole event history of the IIS service — two tasks started, one stopped by a user, its replacement started —
    /// delivered shuffled, every event one to three times, by two function instances at once (two writers racing on
    /// the same status items). Every task's status ends at its newest event, whatever the order.
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task WholeHistoryShuffledDuplicatedTwoWriters_EveryStatusEndsAtItsNewestEvent(int seed)
    {
        await using var account = await LocalAccount.StartAsync(dynamo, "healthy");
        var stopped = RunningTasks(account)[0];
        await account.Ports.Actuator.ExecuteAsync(new Core.Planning.ReplaceTask(Sandbox.Scenarios.ScenarioIds.ClusterName, stopped, "reliability test: a user stops a task"), dryRun: false, CancellationToken.None);
        var history = account.Sandbox.Admin.Events();
        var newest = history.GroupBy(e => e.TaskArn).ToDictionary(g => g.Key, g => g.MaxBy(e => e.Version)!, StringComparer.Ordinal);
        Assert.Equal(3, newest.Count);
        Assert.Equal("STOPPED", newest[stopped].LastStatus);

        var writers = new[] { seed, seed + 100 }.Select(s => Delivery(history, new Random(s))).ToList();
        var functions = writers.Select(_ => new LocalFunction(account, FunctionKind.TaskState, instance: l => account.NewInstance(l))).ToList();
        var responses = await Task.WhenAll(writers.Select((events, i) => Task.Run(async () =>
        {
            var answers = new List<System.Text.Json.JsonElement>();
            foreach (var e in events)
            {
                answers.Add(await functions[i].InvokeAsync(e.Json));
            }

            return answers;
        })));
        functions.ForEach(f => f.Dispose());
        output.WriteLine($"{history.Count} events of {newest.Count} tasks; deliveries per writer: {string.Join(", ", writers.Select(w => w.Count))}");

        Assert.All(responses.SelectMany(r => r), r => Assert.Equal(0, r.Count("failed")));
        foreach (var (taskArn, last) in newest)
        {
            var status = await account.Ports.Status.GetAsync(taskArn, CancellationToken.None);
            Assert.NotNull(status);
            Assert.Equal((last.Version, last.LastStatus), (status.LastEventVersion, status.LastStatus));
        }

        Assert.Equal(["ecs:StopTask"], account.MutatingCalls());
    }

    /// <summary>Every event one to three times, in a seeded random order.</summary>
    private static List<TaskStateChangeEvent> Delivery(IReadOnlyList<TaskStateChangeEvent> history, Random random) =>
        [.. history.SelectMany(e => Enumerable.Repeat(e, 1 + random.Next(3))).OrderBy(_ => random.Next())];

    private static IReadOnlyList<string> RunningTasks(LocalAccount account) => Fleet.RunningIisTasks(account.Sandbox);
}
