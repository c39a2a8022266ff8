using EcsWinReconciler.Core.Planning;
using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.Core.Reconciliation;
using EcsWinReconciler.TestSupport.Fakes;
using EcsWinReconciler.TestSupport.Specimens;

namespace EcsWinReconciler.Core.Tests.Reconciliation.Act;

/// <summary>
/// What carrying out an action leaves behind: the ledger says which tasks it answered, a read-only run records nothing,
/// and an EC2 failure is the action's outcome (not the task's failure) and does not hold the change back from the next look.
/// </summary>
public sealed class ActionRunnerTests
{
    [Fact]
    public async Task Remediate_OneRevokeAnsweringTwoTasks_LedgerNamesBothTasks()
    {
        var harness = new ReconcilerHarness(WorldBuilder.Iis(tasks: 2)).WithIisSpec(IisSpec.Remediate);
        harness.World.OpenRdpToTheWorld();

        var summary = await harness.Reconciler.ReconcileSelectionsAsync([new(Ids.ClusterName, null)], null, CancellationToken.None);

        Assert.Equal(1, summary.ActionsApplied);
        var entry = Assert.Single(harness.Ledger.Entries, e => e.Result == ActionResult.Applied);
        Assert.Equal(harness.World.Tasks.Keys.Order(StringComparer.Ordinal), entry.Tasks.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Remediate_ReadOnlyRun_DryRunsAndRecordsNothingInTheLedger()
    {
        var harness = new ReconcilerHarness(options: ReconcilerOptions.Default with { ReadOnly = true }).WithIisSpec(IisSpec.Remediate);
        harness.World.OpenRdpToTheWorld();

        var summary = await harness.OnTaskEventAsync();

        Assert.Equal((0, 1), (summary.ActionsApplied, summary.ActionsDryRun));
        Assert.Empty(harness.Ledger.Entries);
        Assert.True(harness.World.WebGroupAllowsRdpFromWorld());
    }

    [Fact]
    public async Task Remediate_RevokeFails_TheActionFailsNotTheTask_AndTheNextLookRevokes()
    {
        var harness = new ReconcilerHarness().WithIisSpec(IisSpec.Remediate);
        harness.World.OpenRdpToTheWorld();
        harness.World.Failures["RevokeIngressRule"] = new AdapterException("ec2", "RevokeSecurityGroupIngress", Ids.WebGroup, "RequestLimitExceeded", isTransient: true);

        var failed = await harness.OnTaskEventAsync();
        harness.World.Failures.Clear();
        var next = await harness.LookAtAsync();

        Assert.Equal((1, 0), (failed.ActionsFailed, failed.Failed));
        Assert.Null(Assert.Single(failed.Tasks).Error);
        Assert.Equal(1, next.ActionsApplied);
        Assert.False(harness.World.WebGroupAllowsRdpFromWorld());
    }

    [Fact]
    public async Task DryRun_Ec2DryRunCallFails_TheActionFailsNotTheTask()
    {
        var harness = new ReconcilerHarness().WithIisSpec(IisSpec.DryRun);
        harness.World.OpenRdpToTheWorld();
        harness.World.Failures["RevokeIngressRule"] = new AdapterException("ec2", "RevokeSecurityGroupIngress", Ids.WebGroup, "RequestLimitExceeded", isTransient: true);

        var summary = await harness.OnTaskEventAsync();

        Assert.Equal((1, 0, 0), (summary.ActionsFailed, summary.ActionsDryRun, summary.Failed));
        Assert.Contains("RequestLimitExceeded", Assert.Single(summary.Actions).Outcome.Detail, StringComparison.Ordinal);
    }
}
