using EcsWinReconciler.Aws.Scope;
using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Planning;
using EcsWinReconciler.Core.Reconciliation;
using EcsWinReconciler.Lambda.Composition;
using EcsWinReconciler.Sandbox.Scenarios;
using EcsWinReconciler.TestSupport.Dynamo;

namespace EcsWinReconciler.EndToEnd.Tests;

/// <summary>
/// Issue 14, least privilege by default, through the task-state function on the real adapters: a repair whose target
/// is neither tagged ecswin:managed=true nor listed is refused with a finding that says why, costs no budget, and is
/// alerted; once the target is tagged (or its VPC or cluster listed) the next look repairs it.
/// </summary>
[Collection(DynaliteFixture.Collection)]
public sealed class ManagedScopeTests(DynaliteFixture dynamo)
{
    private const string Why = $"{ScenarioIds.WebGroup} is not tagged ecswin:managed=true and its VPC {ScenarioIds.VpcId} is not listed (VpcArns)";

    [Fact]
    public async Task RdpOpenOnAnUntaggedGroup_RefusedWithAFindingNoWriteNoBudget_TaggedThenRevokedAndResolved()
    {
        await using var account = await LocalAccount.StartAsync(dynamo, "rdp-open", budget: 3);
        account.Sandbox.Admin.SetTag(ScenarioIds.WebGroup, TagEdits.ManagedKey, null);
        using var function = new LocalFunction(account, FunctionKind.TaskState);
        var running = SandboxEvents.Latest(account.Sandbox, RunningTask(account));

        var refused = await function.InvokeAsync(running.Json);

        Assert.Equal("reconciled", refused.Status());
        Assert.Equal(0, refused.Count("actionsApplied"));
        Assert.Empty(account.MutatingCalls());
        Assert.Equal(3, await account.Ports.Budget.RemainingAsync(account.Time.GetUtcNow(), CancellationToken.None));
        var finding = Assert.Single((await account.Ports.Status.GetAsync(running.TaskArn, CancellationToken.None))!.Findings, f => f.Check == CheckIds.ForbiddenIngress);
        Assert.Equal((DecisionKind.Alerted, $"not remediated: {Why}"), (finding.Decision.Kind, finding.Decision.Reason));
        Assert.Single(account.Subjects(), s => s.Contains("OPEN critical sg.forbidden-ingress", StringComparison.Ordinal));
        var entry = Assert.Single(await account.Ports.Ledger.ListAsync(DateTimeOffset.MinValue, CancellationToken.None));
        Assert.Equal((ActionResult.OutOfScope, Why), (entry.Result, entry.Detail));
        Assert.Contains("\"ActionsOutOfScope\":1", function.Output, StringComparison.Ordinal);

        account.Sandbox.Admin.SetTag(ScenarioIds.WebGroup, TagEdits.ManagedKey, TagEdits.ManagedValue);
        account.Time.Advance(TimeSpan.FromMinutes(15));
        await account.ResyncAsync();

        Assert.Equal(["ec2:RevokeSecurityGroupIngress"], account.MutatingCalls());
        Assert.Contains(account.Subjects(), s => s.Contains("RESOLVED", StringComparison.Ordinal) && s.Contains("sg.forbidden-ingress", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RdpOpenOnAnUntaggedGroup_InAListedVpc_IsRevoked()
    {
        await using var account = await LocalAccount.StartAsync(dynamo, "rdp-open", scope: new ManagedScope([ScenarioIds.VpcId], []));
        account.Sandbox.Admin.SetTag(ScenarioIds.WebGroup, TagEdits.ManagedKey, null);

        await account.ResyncAsync();

        Assert.Equal(["ec2:RevokeSecurityGroupIngress"], account.MutatingCalls());
    }

    [Fact]
    public async Task WrongGroupsOnAnUntaggedService_ServiceNotUpdated_UntilItsClusterIsListed()
    {
        await using var account = await LocalAccount.StartAsync(dynamo, "wrong-security-groups");
        account.Sandbox.Admin.SetTag(ScenarioIds.ServiceName, TagEdits.ManagedKey, null);

        var refused = await account.ResyncAsync();

        Assert.Empty(account.MutatingCalls());
        var action = Assert.Single(refused.Actions, a => a.Planned.Action is UpdateServiceNetwork);
        Assert.Equal(ActionResult.OutOfScope, action.Outcome.Result);
        Assert.Equal($"service {ScenarioIds.ServiceName} is not tagged ecswin:managed=true and its cluster {ScenarioIds.ClusterName} is not listed (ManagedClusterArns)", action.Outcome.Detail);

        await using var listed = await LocalAccount.StartAsync(dynamo, "wrong-security-groups", scope: new ManagedScope([], [ScenarioIds.ClusterName]), test: "WrongGroupsListedCluster");
        listed.Sandbox.Admin.SetTag(ScenarioIds.ServiceName, TagEdits.ManagedKey, null);
        await listed.ResyncAsync();

        Assert.Contains("ecs:UpdateService", listed.MutatingCalls());
    }

    private static string RunningTask(LocalAccount account) =>
        account.Sandbox.State.Read(w => w.Tasks.Values.First(t => t.ServiceName == ScenarioIds.ServiceName && !t.IsStopped).Arn);
}
