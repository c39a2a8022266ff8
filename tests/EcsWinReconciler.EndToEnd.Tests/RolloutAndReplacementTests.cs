using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Reconciliation;
using EcsWinReconciler.Sandbox.Scenarios;
using EcsWinReconciler.TestSupport.Dynamo;

namespace EcsWinReconciler.EndToEnd.Tests;

/// <summary>
/// Issue 11 on the sandbox and dynalite: a deployment that never completes keeps the drift's alert open (its config is
/// repaired even while a rollout runs, and the stall is alerted once it outlasts the threshold); a task we stopped is
/// closed by the next resync even when its STOPPED event never arrives.
/// </summary>
[Collection(DynaliteFixture.Collection)]
public sealed class RolloutAndReplacementTests(DynaliteFixture dynamo)
{
    private static readonly ReconcilerOptions AlertMode = ReconcilerOptions.Default with { ForceAlertOnly = true };

    [Fact]
    public async Task StalledRollout_ConfigRepairedAlertKeptOpen_StuckAlertAfterThreshold_BothResolveOnlyWhenItCompletes()
    {
        await using var account = await LocalAccount.StartAsync(dynamo, "rollout-stuck");

        await account.ScheduledResyncAsync(AlertMode);
        var repair = await account.ScheduledResyncAsync();
        account.Time.Advance(TimeSpan.FromMinutes(31));
        await account.ScheduledResyncAsync();
        var whileStalled = account.Subjects();

        Assert.Contains(repair.Actions, a => a.Planned.Action.Describe().StartsWith("update service iis-webserver", StringComparison.Ordinal) && a.Outcome.Repairs);
        Assert.Equal([ScenarioIds.WebGroup], account.Sandbox.State.Read(w => w.Services.Values.Single(s => s.Name == ScenarioIds.ServiceName).PrimaryDeployment.Network.SecurityGroups.ToList()));
        Assert.Single(whileStalled, s => s.Contains($"OPEN high {CheckIds.SecurityGroupSet} ", StringComparison.Ordinal));
        Assert.Single(whileStalled, s => s.Contains($"OPEN high {CheckIds.ServiceRolloutStuck} ", StringComparison.Ordinal));
        Assert.DoesNotContain(whileStalled, s => s.Contains("RESOLVED", StringComparison.Ordinal));
        var stuck = account.Sandbox.Admin.PublishedMessages().Single(m => m.Subject!.Contains(CheckIds.ServiceRolloutStuck, StringComparison.Ordinal)).Message;
        Assert.Contains("RESOURCE:ENI", stuck, StringComparison.Ordinal);
        Assert.Contains("out of ENI slots", stuck, StringComparison.Ordinal);
        var statuses = await account.Ports.Status.ListAsync(ScenarioIds.ClusterName, ScenarioIds.Family, CancellationToken.None);
        Assert.Contains(statuses.SelectMany(s => s.Findings), f => f.Check == CheckIds.SecurityGroupSet && f.Decision.Kind == DecisionKind.Repairing);

        account.Sandbox.Admin.ReleaseRollout(ScenarioIds.ServiceName);
        account.Time.Advance(TimeSpan.FromMinutes(15));
        await account.ScheduledResyncAsync();
        await account.ScheduledResyncAsync();

        var after = account.Subjects().Skip(whileStalled.Count).ToList();
        Assert.Single(after, s => s.Contains($"RESOLVED high {CheckIds.SecurityGroupSet} ", StringComparison.Ordinal));
        Assert.Single(after, s => s.Contains($"RESOLVED high {CheckIds.ServiceRolloutStuck} ", StringComparison.Ordinal));
        Assert.Empty(await account.Ports.Alerts.ListAsync(openOnly: true, CancellationToken.None));
    }

    [Fact]
    public async Task OurStopTask_StoppedEventNeverDelivered_NextResyncClosesTheTaskAndItsAlert()
    {
        await using var account = await LocalAccount.StartAsync(dynamo, "healthy");
        var drifted = account.Sandbox.State.Write(w =>
        {
            var task = w.Tasks.Values.First(t => t.ServiceName == ScenarioIds.ServiceName && t.LastStatus == "RUNNING");
            w.NetworkInterfaces[task.Eni!.NetworkInterfaceId!].GroupIds.Add(ScenarioIds.LegacyGroup);
            return task.Arn;
        });
        await account.ScheduledResyncAsync(AlertMode);

        var replaced = await account.ScheduledResyncAsync();
        var replacing = await account.Ports.Status.GetAsync(drifted, CancellationToken.None);
        account.Time.Advance(TimeSpan.FromMinutes(15));
        var next = await account.ScheduledResyncAsync();
        var closed = await account.Ports.Status.GetAsync(drifted, CancellationToken.None);

        Assert.Contains(replaced.Actions, a => a.Planned.Action is Core.Planning.ReplaceTask && a.Outcome.Repairs);
        Assert.Contains(replacing!.Findings, f => f.Check == CheckIds.SecurityGroupSet && f.Decision.Kind == DecisionKind.Repairing && f.Decision.Reason.Contains("stop task", StringComparison.Ordinal));
        Assert.Contains(next.Tasks, t => t.TaskArn == drifted && t.Judgement.Kind == Core.Drift.JudgementKind.Stopped);
        Assert.Equal(Core.Drift.JudgementKind.Stopped, closed!.Judgement);
        Assert.Single(account.Subjects(), s => s.Contains($"RESOLVED high {CheckIds.SecurityGroupSet} ", StringComparison.Ordinal));
    }
}
