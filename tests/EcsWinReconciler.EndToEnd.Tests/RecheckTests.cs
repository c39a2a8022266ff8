using System.Text.Json.Nodes;
using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Lambda.Composition;
using EcsWinReconciler.Sandbox.State;
using EcsWinReconciler.TestSupport.Dynamo;

namespace EcsWinReconciler.EndToEnd.Tests;

/// <summary>
/// Issue 14, item 2, delayed re-checks, through the real task-state function over the sandbox (its SQS queue, its clock
/// virtual) and dynalite: the function sends re-checks with SendMessage and DelaySeconds, <see cref="RecheckQueueRunner"/>
/// plays the SQS trigger. No sleeps: the virtual clock moves in 5-second steps.
/// </summary>
[Collection(DynaliteFixture.Collection)]
public sealed class RecheckTests(DynaliteFixture dynamo)
{
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task EniAppearsFortySecondsAfterRunning_JudgedWithinAMinuteByARecheck()
    {
        await using var account = await LocalAccount.StartAsync(dynamo, "healthy", virtualLatency: true, rechecks: true);
        using var function = new LocalFunction(account, FunctionKind.TaskState);
        using var runner = new RecheckQueueRunner(account, function);
        var (running, eni) = RunningWithEniHidden(account);
        var start = account.Time.GetUtcNow();

        var first = await function.InvokeAsync(running.Json);
        await runner.RunUntilAsync(start.AddMinutes(2), Step, at => Task.Run(() =>
        {
            if (at >= start.AddSeconds(40))
            {
                Show(account, eni);
            }
        }));

        Assert.Equal((0, 1), (first.Count("judged"), first.Count("rechecksScheduled")));
        Assert.Empty(account.Subjects());
        var judgedAt = runner.Deliveries.First(d => d.Response.Count("judged") == 1).At;
        Assert.InRange(judgedAt - start, TimeSpan.FromSeconds(40), TimeSpan.FromMinutes(1));
        var status = await account.Ports.Status.GetAsync(running.TaskArn, CancellationToken.None);
        Assert.Equal(JudgementKind.Judged, status!.Judgement);
        Assert.Empty(status.Findings);
        Assert.Empty(account.Sandbox.Admin.QueuedMessages());
    }

    [Fact]
    public async Task NewerEventSettledTheTask_RecheckIsDropped()
    {
        await using var account = await LocalAccount.StartAsync(dynamo, "healthy", virtualLatency: true, rechecks: true);
        using var function = new LocalFunction(account, FunctionKind.TaskState);
        using var runner = new RecheckQueueRunner(account, function);
        var (running, eni) = RunningWithEniHidden(account);
        var start = account.Time.GetUtcNow();
        await function.InvokeAsync(running.Json);

        account.Time.Advance(TimeSpan.FromSeconds(5));
        Show(account, eni);
        var newer = await function.InvokeAsync(WithVersion(running.Json, running.Version + 1));
        await runner.RunUntilAsync(start.AddMinutes(1), Step);

        Assert.Equal(1, newer.Count("judged"));
        var delivery = Assert.Single(runner.Deliveries);
        Assert.Equal((1, 0), (delivery.Response.Count("rechecksDropped"), delivery.Response.Count("judged")));
        Assert.Empty(account.Sandbox.Admin.QueuedMessages());
    }

    [Fact]
    public async Task EniNeverComes_AttemptsAreBoundedThenTheTaskIsAlerted()
    {
        await using var account = await LocalAccount.StartAsync(dynamo, "healthy", virtualLatency: true, rechecks: true);
        using var function = new LocalFunction(account, FunctionKind.TaskState);
        using var runner = new RecheckQueueRunner(account, function);
        var (running, _) = RunningWithEniHidden(account);
        var start = account.Time.GetUtcNow();

        await function.InvokeAsync(running.Json);
        await runner.RunUntilAsync(start.AddMinutes(12), Step);

        Assert.Equal(5, runner.Deliveries.Count);
        Assert.Equal([1, 1, 1, 1, 0], runner.Deliveries.Select(d => d.Response.Count("rechecksScheduled")));
        Assert.Equal(1, runner.Deliveries[^1].Response.Count("judged"));
        Assert.Single(account.Subjects(), s => s.Contains("OPEN", StringComparison.Ordinal) && s.Contains(CheckIds.EniPresent, StringComparison.Ordinal));
        Assert.Empty(account.Sandbox.Admin.QueuedMessages());
    }

    [Fact]
    public async Task TwoLooksAtOneRoot_OneRecheckPending()
    {
        await using var account = await LocalAccount.StartAsync(dynamo, "healthy", virtualLatency: true, rechecks: true);
        using var function = new LocalFunction(account, FunctionKind.TaskState);
        var (running, _) = RunningWithEniHidden(account);

        var first = await function.InvokeAsync(running.Json);
        var second = await function.InvokeAsync(WithVersion(running.Json, running.Version + 1));
        var third = await function.InvokeAsync(WithVersion(running.Json, running.Version + 2));

        Assert.Equal([1, 0, 0], new[] { first, second, third }.Select(r => r.Count("rechecksScheduled")));
        Assert.Single(account.Sandbox.Admin.QueuedMessages());
    }

    /// <summary>A running IIS task's newest event, with its ENI not yet visible in EC2 (as just after RUNNING); returns the ENI to show later.</summary>
    private static (TaskStateChangeEvent Running, NetworkInterface Eni) RunningWithEniHidden(LocalAccount account)
    {
        var running = SandboxEvents.Latest(account.Sandbox, Fleet.RunningIisTasks(account.Sandbox)[0]);
        var eni = account.Sandbox.State.Write(w =>
        {
            var id = w.Tasks[running.TaskArn].Eni!.NetworkInterfaceId!;
            var hidden = w.NetworkInterfaces[id];
            w.NetworkInterfaces.Remove(id);
            return hidden;
        });
        return (running, eni);
    }

    private static void Show(LocalAccount account, NetworkInterface eni) =>
        account.Sandbox.State.Write(w => w.NetworkInterfaces.TryAdd(eni.Id, eni));

    private static string WithVersion(string json, long version)
    {
        var node = JsonNode.Parse(json)!;
        node["detail"]!["version"] = version;
        node["id"] = $"{node["id"]}-v{version}";
        return node.ToJsonString();
    }
}
