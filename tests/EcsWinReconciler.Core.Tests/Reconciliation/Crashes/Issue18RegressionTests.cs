using EcsWinReconciler.Core.InMemory;
using EcsWinReconciler.Core.Planning;
using EcsWinReconciler.Core.Ports;
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

    /// <summary>
    /// Found with DynamoDB faults: when ending the claim failed after EC2 had revoked the rule (DynamoDB throttled beyond the
    /// retries), the action was recorded as Failed and its finding alerted as "revoke failed", though the change was made.
    /// </summary>
    [Fact]
    public async Task Reconcile_EndingTheClaimFailsAfterTheRevoke_RecordedAppliedAndRepaired()
    {
        var harness = new ReconcilerHarness().WithIisSpec(IisSpec.Remediate);
        harness.World.OpenRdpToTheWorld();
        var ports = harness.Ports with { Ledger = new ClaimsNeverEnd(harness.Ledger) };
        var reconciler = new Reconciler(ports, ReconcilerOptions.Default, harness.Time, NullLogger<Reconciler>.Instance);

        var summary = await reconciler.ReconcileAsync([ReconcileTarget.FromEvent(harness.World.Tasks[Ids.TaskArn])], CancellationToken.None);

        Assert.False(harness.World.WebGroupAllowsRdpFromWorld());
        Assert.Equal(ActionResult.Applied, Assert.Single(summary.Actions).Outcome.Result);
        Assert.Equal(ActionResult.Applied, Assert.Single(await harness.Ledger.ListAsync(DateTimeOffset.MinValue, CancellationToken.None)).Result);
        Assert.Empty(harness.Sink.Published);
    }

    /// <summary>
    /// Found by the end-to-end fault tests: one ListTasks throttled beyond the retries ended the whole resync, so the notifications
    /// it owed (the outbox) waited for the next run. The selection is now reported not listed, and the rest of the resync runs.
    /// </summary>
    [Fact]
    public async Task Resync_ListingFails_TheOutboxIsStillDeliveredAndNothingResolves()
    {
        var harness = new ReconcilerHarness().WithIisSpec();
        harness.World.OpenRdpToTheWorld();
        harness.Sink.FailWith = "SNS unavailable";
        await harness.ResyncAsync();
        harness.Sink.FailWith = null;
        harness.World.Groups[Ids.WebGroup] = IisObservation.WebGroup();
        harness.Time.Advance(TimeSpan.FromMinutes(5));
        harness.World.Failures["ListTasks"] = new AdapterException("ecs", "ListTasks", Ids.ClusterName, "Rate exceeded", isTransient: true, errorCode: "ThrottlingException");

        var summary = await harness.ResyncAsync();

        Assert.Contains(summary.Remaining, r => r.Contains("listing failed", StringComparison.Ordinal));
        Assert.Contains("OPEN", Assert.Single(harness.Sink.Published).Subject, StringComparison.Ordinal);
        Assert.Single(await harness.Alerts.ListAsync(openOnly: true, CancellationToken.None));
        Assert.Empty(await harness.Alerts.ListPendingNotificationsAsync(CancellationToken.None));
    }

    private static Reconciler Reconciler(ReconcilerHarness harness, CrashPlan plan) =>
        new(CrashingPorts.Wrap(harness.Ports, plan), ReconcilerOptions.Default, harness.Time, NullLogger<Reconciler>.Instance);

    /// <summary>A ledger whose claims cannot be ended or released (DynamoDB failing those writes beyond the retries).</summary>
    private sealed class ClaimsNeverEnd(InMemoryActionLedger inner) : IActionLedger
    {
        public Task<bool> TryClaimAsync(string actionKey, DateTimeOffset now, TimeSpan lease, DateTimeOffset observedAt, CancellationToken cancellationToken) =>
            inner.TryClaimAsync(actionKey, now, lease, observedAt, cancellationToken);

        public Task CompleteAsync(string actionKey, DateTimeOffset claimedAt, DateTimeOffset doneAt, CancellationToken cancellationToken) =>
            throw new AdapterException("dynamodb", "CompleteAction", actionKey, "throttled", isTransient: true);

        public Task ReleaseAsync(string actionKey, DateTimeOffset claimedAt, CancellationToken cancellationToken) =>
            throw new AdapterException("dynamodb", "ReleaseAction", actionKey, "throttled", isTransient: true);

        public Task RecordAsync(LedgerEntry entry, CancellationToken cancellationToken) => inner.RecordAsync(entry, cancellationToken);

        public Task<IReadOnlyList<LedgerEntry>> ListAsync(DateTimeOffset since, CancellationToken cancellationToken) => inner.ListAsync(since, cancellationToken);
    }

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
