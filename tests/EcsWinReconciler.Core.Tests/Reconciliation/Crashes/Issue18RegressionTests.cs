using EcsWinReconciler.Core.Planning;
using EcsWinReconciler.Core.Reconciliation;
using EcsWinReconciler.TestSupport.Crashes;
using EcsWinReconciler.TestSupport.Fakes;
using EcsWinReconciler.TestSupport.Specimens;
using Microsoft.Extensions.Logging.Abstractions;

namespace EcsWinReconciler.Core.Tests.Reconciliation.Crashes;

/// <summary>Bugs the crash points found (issue 18), each pinned by the smallest run that showed it.</summary>
public class Issue18RegressionTests
{
    /// <summary>
    /// A run killed after EC2 revoked the rule but before the outcome was recorded left a change in the world that no ledger
    /// entry accounted for (the next run saw the rule gone and planned nothing). The change is now recorded as started first.
    /// </summary>
    [Fact]
    public async Task Reconcile_KilledAfterTheRevokeWasApplied_TheLedgerStillHasTheChange()
    {
        var harness = new ReconcilerHarness().WithIisSpec(IisSpec.Remediate);
        harness.World.OpenRdpToTheWorld();
        var revoke = await CallNumberAsync("act.RevokeIngressRule");
        using var plan = new CrashPlan(revoke, CrashMoment.AfterTheCallApplied);

        await Assert.ThrowsAsync<ProcessKilledException>(() => Reconciler(harness, plan).ReconcileAsync([ReconcileTarget.FromEvent(harness.World.Tasks[Ids.TaskArn])], plan.Token));

        Assert.False(harness.World.WebGroupAllowsRdpFromWorld());
        var entry = Assert.Single(await harness.Ledger.ListAsync(DateTimeOffset.MinValue, CancellationToken.None));
        Assert.Equal((ActionResult.Started, false), (entry.Result, entry.DryRun));
        Assert.StartsWith("revoke/", entry.ActionKey, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reconcile_RevokeCompletes_ItsOutcomeReplacesTheStartedEntry()
    {
        var harness = new ReconcilerHarness().WithIisSpec(IisSpec.Remediate);
        harness.World.OpenRdpToTheWorld();

        await harness.OnTaskEventAsync();

        var entry = Assert.Single(await harness.Ledger.ListAsync(DateTimeOffset.MinValue, CancellationToken.None));
        Assert.Equal(ActionResult.Applied, entry.Result);
    }

    private static Reconciler Reconciler(ReconcilerHarness harness, CrashPlan plan) =>
        new(CrashingPorts.Wrap(harness.Ports, plan), ReconcilerOptions.Default, harness.Time, NullLogger<Reconciler>.Instance);

    /// <summary>Where a call comes in the same reconcile of the same world, run apart (the run under test starts afresh).</summary>
    private static async Task<int> CallNumberAsync(string name)
    {
        var copy = new ReconcilerHarness().WithIisSpec(IisSpec.Remediate);
        copy.World.OpenRdpToTheWorld();
        using var recording = CrashPlan.Never;
        await Reconciler(copy, recording).ReconcileAsync([ReconcileTarget.FromEvent(copy.World.Tasks[Ids.TaskArn])], recording.Token);
        return recording.Calls.Single(c => c.Name == name).Number;
    }
}
