using EcsWinReconciler.Core.Planning;
using EcsWinReconciler.Lambda.Composition;
using EcsWinReconciler.Sandbox.Faults;
using EcsWinReconciler.TestSupport.Dynamo;

namespace EcsWinReconciler.EndToEnd.Tests;

/// <summary>
/// Issue 8, faults on the real path, beyond <see cref="ReliabilityTests"/>: throttling and 5xx at random on every EC2,
/// ECS and SNS operation for several resyncs, SNS throttling within the retries, an ENI deleted after every possible call.
/// </summary>
[Collection(DynaliteFixture.Collection)]
public sealed class FaultTests(DynaliteFixture dynamo, Xunit.Abstractions.ITestOutputHelper output)
{
    private static string Schedule => File.ReadAllText(Path.Combine(TestSupport.Reference.RepositoryPaths.RepositoryRoot, "events", "resync-schedule.json"));

    /// <summary>
    /// Three resyncs while 40 % of EC2/ECS calls are throttled and 20 % of EC2/ECS/SNS calls answer 5xx (seeded, so some fail
    /// beyond the SDK retries and their tasks fail), then the
    /// faults stop: no invocation throws, every change AWS made is in the ledger exactly once, no change is made twice,
    /// every alert is announced exactly once (the outbox catches what SNS refused), and two clean runs converge.
    /// </summary>
    [Fact]
    public async Task RandomThrottlingAndServerErrors_NothingLostNothingTwiceAndItConverges()
    {
        await using var account = await LocalAccount.StartAsync(dynamo, "rdp-open+wrong-security-groups+dns-hostnames-off");
        using var resync = new LocalFunction(account, FunctionKind.Resync);
        foreach (var service in new[] { "ec2", "ecs" })
        {
            account.Sandbox.Faults.ThrottleAtRate(service, null, 0.4);
        }

        foreach (var service in new[] { "ec2", "ecs", "sns" })
        {
            account.Sandbox.Faults.Add(new FaultRule(service, null, FaultKind.ServerError, Rate: 0.2, Status: 503));
        }

        var faulty = new List<System.Text.Json.JsonElement>();
        for (var i = 0; i < 3; i++)
        {
            faulty.Add(await resync.InvokeAsync(Schedule));
            account.Time.Advance(TimeSpan.FromMinutes(1));
        }

        account.Sandbox.Faults.Clear();
        account.Time.Advance(TimeSpan.FromMinutes(15));
        var clean = new[] { await resync.InvokeAsync(Schedule), await resync.InvokeAsync(Schedule) };

        var injected = account.Sandbox.Calls.Records().Where(r => r.ErrorCode is not null).GroupBy(r => r.ErrorCode).Select(g => $"{g.Key} {g.Count()}");
        output.WriteLine($"{account.Sandbox.Calls.Total} calls, injected: {string.Join(", ", injected)}; failed tasks per faulty run: {string.Join(", ", faulty.Select(r => r.Count("failed")))}");
        Assert.All(faulty.Concat(clean), r => Assert.Equal("reconciled", r.Status()));
        Assert.Contains(faulty, r => r.Count("failed") > 0);
        Assert.Contains(account.Sandbox.Calls.Records(), r => r.ErrorCode is "RequestLimitExceeded" or "ThrottlingException");
        var writes = account.MutatingCalls();
        Assert.Equal(writes.Distinct(), writes);
        Assert.Contains("ec2:RevokeSecurityGroupIngress", writes);
        Assert.Contains("ecs:UpdateService", writes);
        var applied = (await account.Ports.Ledger.ListAsync(DateTimeOffset.MinValue, CancellationToken.None)).Where(e => e.Result == ActionResult.Applied).ToList();
        Assert.Equal(writes.Count, applied.Count);
        Assert.Equal(applied.Count, applied.Select(e => e.ActionKey).Distinct().Count());

        Assert.Equal((0, 0), (clean[1].Count("failed"), clean[1].Count("actionsApplied")));
        Assert.Empty(await account.Ports.Alerts.ListPendingNotificationsAsync(CancellationToken.None));
        var opened = account.Subjects().Where(s => s.Contains("OPEN", StringComparison.Ordinal)).ToList();
        Assert.Equal(opened.Distinct(), opened);
        Assert.Contains(opened, s => s.Contains(Core.Drift.CheckIds.VpcDnsHostnames, StringComparison.Ordinal));
        var running = Fleet.RunningIisTasks(account.Sandbox);
        var statuses = await account.Ports.Status.ListAsync("win-prod", "iis-webserver", CancellationToken.None);
        Assert.All(running, t => Assert.Contains(statuses, s => s.TaskArn == t));
    }

    [Fact]
    public async Task SnsThrottledTwice_TheAlertIsDeliveredInTheSameRunAfterBackoff()
    {
        await using var account = await LocalAccount.StartAsync(dynamo, "dns-hostnames-off");
        account.Sandbox.Faults.Throttle("sns", "Publish", times: 2);

        var summary = await account.ResyncAsync();

        Assert.All(summary.AlertEvents.Where(e => e.Notification is not null), e => Assert.True(e.Delivered));
        Assert.Single(account.Subjects(), s => s.Contains("OPEN", StringComparison.Ordinal) && s.Contains(Core.Drift.CheckIds.VpcDnsHostnames, StringComparison.Ordinal));
        Assert.Equal(2, account.Sandbox.Calls.Records().Count(r => r.Service == "sns" && r.ErrorCode == "Throttling"));
        Assert.Empty(await account.Ports.Alerts.ListPendingNotificationsAsync(CancellationToken.None));
    }

    /// <summary>
    /// One task per step, each with its own drift (an extra group on its ENI; the repair replaces the task): its ENI is
    /// deleted after the 1st, 2nd, … call of its reconcile, from a cold environment, so the deletion lands between every
    /// pair of calls once — between observing and acting included. Never a failure, never an exception.
    /// </summary>
    [Fact]
    public async Task EniDeletedAfterEachCallOfAReconcile_NeverAFailure()
    {
        await using var account = await LocalAccount.StartAsync(dynamo, "healthy", budget: 50);
        var tasks = Fleet.GrowIis(account.Sandbox, 14);
        Fleet.AddLegacyGroupToEveryTaskEni(account.Sandbox);

        var deletedMidRun = 0;
        for (var k = 1; k <= tasks.Count; k++)
        {
            var task = tasks[k - 1];
            var eni = account.Sandbox.State.Read(w => w.Tasks[task].Eni!.NetworkInterfaceId!);
            account.Sandbox.Faults.DeleteEniAfterCalls(eni, k);
            using var function = new LocalFunction(account, FunctionKind.TaskState, instance: l => account.NewInstance(l));

            var response = await function.InvokeAsync(SandboxEvents.Latest(account.Sandbox, task).Json);

            account.Sandbox.Faults.Clear();
            deletedMidRun += account.Sandbox.State.Read(w => w.NetworkInterfaces.ContainsKey(eni)) ? 0 : 1;
            Assert.Equal(("reconciled", 0), (response.Status(), response.Count("failed")));
            Assert.NotNull(await account.Ports.Status.GetAsync(task, CancellationToken.None));
        }

        output.WriteLine($"{deletedMidRun} of {tasks.Count} deletions landed inside their reconcile; writes: {string.Join(", ", account.MutatingCalls())}");
        Assert.True(deletedMidRun >= 5, $"only {deletedMidRun} deletions landed inside a reconcile");
    }
}
