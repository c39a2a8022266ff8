using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Planning;
using EcsWinReconciler.Lambda.Composition;
using EcsWinReconciler.TestSupport.Dynamo;

namespace EcsWinReconciler.EndToEnd.Tests;

/// <summary>
/// Issue 8, races, through the task-state handler: concurrent invocations are separate execution environments (each its
/// own clients and warm caches), meeting only in the sandbox and in dynalite's conditional writes.
/// </summary>
[Collection(DynaliteFixture.Collection)]
public sealed class ConcurrencyTests(DynaliteFixture dynamo)
{
    [Fact]
    public async Task TwentyConcurrentInvocationsForOneTask_OneRevokeOneAlertOneLedgerEntry()
    {
        await using var account = await LocalAccount.StartAsync(dynamo, "rdp-open+dns-hostnames-off");
        var running = SandboxEvents.Latest(account.Sandbox, Fleet.RunningIisTasks(account.Sandbox)[0]);
        var functions = Enumerable.Range(0, 20).Select(_ => new LocalFunction(account, FunctionKind.TaskState, instance: l => account.NewInstance(l))).ToList();

        var responses = await Task.WhenAll(functions.Select(f => Task.Run(() => f.InvokeAsync(running.Json))));
        functions.ForEach(f => f.Dispose());

        Assert.All(responses, r => Assert.Equal(0, r.Count("failed")));
        Assert.Equal(1, responses.Sum(r => r.Count("actionsApplied")));
        Assert.Equal(["ec2:RevokeSecurityGroupIngress"], account.MutatingCalls());
        Assert.Single(account.Subjects(), s => s.Contains("OPEN", StringComparison.Ordinal) && s.Contains(CheckIds.VpcDnsHostnames, StringComparison.Ordinal));
        var open = await account.Ports.Alerts.ListAsync(openOnly: true, CancellationToken.None);
        Assert.Equal(open.Count, responses.Sum(r => r.Count("alertsOpened")));
        Assert.Equal(open.Count, account.Subjects().Count(s => s.Contains("OPEN", StringComparison.Ordinal)));
        var ledger = await account.Ports.Ledger.ListAsync(DateTimeOffset.MinValue, CancellationToken.None);
        Assert.Equal(ActionResult.Applied, Assert.Single(ledger).Result);
    }

    /// <summary>
    /// 50 tasks, each with its own drift (its ENI carries an extra group while the service is right: the repair is to
    /// replace that task), one event each, all at once over 10 environments, with an account-wide budget of 5.
    /// </summary>
    [Fact]
    public async Task FiftyDriftingTasksFiftyConcurrentEvents_BudgetFive_ExactlyFiveReplacements()
    {
        await using var account = await LocalAccount.StartAsync(dynamo, "healthy", budget: 5);
        var tasks = Fleet.GrowIis(account.Sandbox, 50);
        Assert.Equal(50, tasks.Count);
        Fleet.AddLegacyGroupToEveryTaskEni(account.Sandbox);
        var events = tasks.Select(t => SandboxEvents.Latest(account.Sandbox, t)).ToList();
        var functions = Enumerable.Range(0, 10).Select(_ => new LocalFunction(account, FunctionKind.TaskState, instance: l => account.NewInstance(l))).ToList();

        var responses = await Task.WhenAll(events.Select((e, i) => Task.Run(() => functions[i % functions.Count].InvokeAsync(e.Json))));
        functions.ForEach(f => f.Dispose());

        Assert.All(responses, r => Assert.Equal(0, r.Count("failed")));
        Assert.Equal(50, responses.Sum(r => r.Count("judged")));
        Assert.Equal(5, responses.Sum(r => r.Count("actionsApplied")));
        Assert.Equal(Enumerable.Repeat("ecs:StopTask", 5), account.MutatingCalls());
        Assert.Equal(0, await account.Ports.Budget.RemainingAsync(account.Time.GetUtcNow(), CancellationToken.None));
        var ledger = await account.Ports.Ledger.ListAsync(DateTimeOffset.MinValue, CancellationToken.None);
        Assert.Equal(5, ledger.Count(e => e.Result == ActionResult.Applied));
        Assert.Equal(5, ledger.Where(e => e.Result == ActionResult.Applied).Select(e => e.TaskArn).Distinct().Count());
    }
}
