using EcsWinReconciler.Core.Planning;
using EcsWinReconciler.Core.Reconciliation;
using EcsWinReconciler.Sandbox.Scenarios;
using EcsWinReconciler.TestSupport.Dynamo;

namespace EcsWinReconciler.EndToEnd.Tests;

/// <summary>Races, throttling and faults on the real path: sandbox wire + dynalite conditional writes.</summary>
[Collection(DynaliteFixture.Collection)]
public sealed class ReliabilityTests(DynaliteFixture dynamo)
{
    [Fact]
    public async Task TwentyConcurrentReconciles_OneRevokeOneAlertLifecycle()
    {
        await using var account = await LocalAccount.StartAsync(dynamo, "rdp-open");
        var task = await IisTaskArnAsync(account);

        var runs = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() =>
            account.Reconciler().ReconcileAsync([ReconcileTarget.Lookup(ScenarioIds.ClusterName, task)], CancellationToken.None))));

        Assert.Equal(1, runs.Sum(r => r.ActionsApplied));
        Assert.Equal(["ec2:RevokeSecurityGroupIngress"], account.MutatingCalls());
        Assert.Equal(0, runs.Sum(r => r.Failed));
    }

    [Fact]
    public async Task TwentyConcurrentReconcilesInAlertMode_ExactlyOneOpenMessage()
    {
        await using var account = await LocalAccount.StartAsync(dynamo, "dns-hostnames-off");
        var task = await IisTaskArnAsync(account);

        var runs = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() =>
            account.Reconciler().ReconcileAsync([ReconcileTarget.Lookup(ScenarioIds.ClusterName, task)], CancellationToken.None))));

        Assert.Equal(1, runs.Sum(r => r.AlertsOpened));
        Assert.Single(account.Subjects(), s => s.Contains("dns.vpc-hostnames", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ThrottlingBursts_AreRetriedAndTheRunSucceeds()
    {
        await using var account = await LocalAccount.StartAsync(dynamo, "rdp-open");
        account.Sandbox.Faults.Throttle("ec2", "DescribeNetworkInterfaces", times: 2);
        account.Sandbox.Faults.Throttle("ecs", "ListTasks", times: 2);
        account.Sandbox.Faults.Throttle("ec2", "RevokeSecurityGroupIngress", times: 1);

        var summary = await account.ResyncAsync();

        Assert.Equal(0, summary.Failed);
        Assert.Equal(1, summary.ActionsApplied);
        var throttled = account.Sandbox.Calls.Records().Count(r => r.ErrorCode is "RequestLimitExceeded" or "ThrottlingException");
        Assert.Equal(5, throttled);
    }

    [Fact]
    public async Task ServerErrorsBeyondTheRetries_FailTheBatchButLoseNothing()
    {
        await using var account = await LocalAccount.StartAsync(dynamo, "rdp-open");
        account.Sandbox.Faults.ServerError("ec2", "DescribeNetworkInterfaces", times: 50, status: 503);

        var failed = await account.ResyncAsync();
        account.Sandbox.Faults.Clear();
        var next = await account.ResyncAsync();

        Assert.True(failed.Failed >= 1);
        Assert.All(failed.Tasks.Where(t => t.Error is not null), t => Assert.Contains("DescribeNetworkInterfaces", t.Error, StringComparison.Ordinal));
        Assert.Empty(failed.Tasks.SelectMany(t => t.Actions));
        Assert.Equal(1, next.ActionsApplied);
    }

    [Fact]
    public async Task EniDeletedBetweenObserveAndAct_IsReportedAsGoneNotAsAFailure()
    {
        await using var account = await LocalAccount.StartAsync(dynamo, "healthy");
        var task = await IisTaskArnAsync(account);
        var eni = account.Sandbox.State.Read(w => w.Tasks.Values.Single(t => t.Arn == task).Eni!.NetworkInterfaceId!);
        account.Sandbox.Admin.DeleteNetworkInterface(eni);

        var summary = await account.Reconciler().ReconcileAsync([ReconcileTarget.Lookup(ScenarioIds.ClusterName, task)], CancellationToken.None);

        var outcome = Assert.Single(summary.Tasks);
        Assert.Null(outcome.Error);
        Assert.Contains(outcome.Judgement.Findings, f => f.Check == Core.Drift.CheckIds.EniPresent && f.Actual.Contains("no longer exists", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SnsDown_AlertIsKeptInTheOutboxAndSentByALaterRun()
    {
        await using var account = await LocalAccount.StartAsync(dynamo, "dns-hostnames-off");
        account.Sandbox.Faults.ServerError("sns", "Publish", times: 50, status: 500);

        var first = await account.ResyncAsync();
        account.Sandbox.Faults.Clear();
        var pending = await account.Ports.Alerts.ListPendingNotificationsAsync(CancellationToken.None);

        Assert.Contains(first.AlertEvents, e => !e.Delivered);
        Assert.Empty(account.Subjects());
        Assert.NotNull(Assert.Single(pending).NotificationLeaseUntil);

        // A run within the lease leaves it to the run that holds it; the first run after the lease sends it, once.
        await account.ResyncAsync();
        Assert.Empty(account.Subjects());
        account.Time.Advance(TimeSpan.FromMinutes(3));
        await account.ResyncAsync();
        await account.ResyncAsync();

        Assert.Single(account.Subjects(), s => s.Contains("OPEN", StringComparison.Ordinal));
        Assert.Empty(await account.Ports.Alerts.ListPendingNotificationsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task BudgetOfOne_TwoDriftsOneRepairTheOtherAlerted()
    {
        await using var account = await LocalAccount.StartAsync(dynamo, "rdp-open+wrong-security-groups", budget: 1);

        var summary = await account.ResyncAsync();

        Assert.Equal(1, summary.Actions.Count(a => a.Outcome.Result == ActionResult.Applied));
        Assert.Contains(summary.Tasks.SelectMany(t => t.Findings), f => f.Decision is { Kind: Core.Reconciliation.DecisionKind.Alerted, Reason: "remediation budget exhausted for this window" });
        Assert.Single(account.MutatingCalls());
        Assert.Equal(0, summary.Failed);
    }

    private static async Task<string> IisTaskArnAsync(LocalAccount account)
    {
        await foreach (var page in account.Ports.Tasks.ListRunningTaskArnsAsync(ScenarioIds.ClusterName, ScenarioIds.Family, CancellationToken.None))
        {
            return page[0];
        }

        throw new InvalidOperationException("the scenario has no IIS task");
    }
}
