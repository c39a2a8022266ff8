using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Planning;
using EcsWinReconciler.Core.Reconciliation;
using EcsWinReconciler.TestSupport.Fakes;
using EcsWinReconciler.TestSupport.Specimens;

namespace EcsWinReconciler.Core.Tests.Reconciliation.Act;

/// <summary>
/// Issue 14: an action whose target the deployment does not manage (untagged, not listed) is refused before the ledger
/// claim and the budget unit, recorded, and its drift alerted with the adapter's reason; the next run asks again.
/// </summary>
public sealed class OutOfScopeActionTests
{
    private const string Why = "sg-0123456789abcdef0 is not tagged ecswin:managed=true and its VPC vpc-0123456789abcdef0 is not listed";

    [Fact]
    public async Task Remediate_UntaggedGroup_NothingWrittenNoBudgetNoClaim_AlertedWithTheReason()
    {
        var harness = new ReconcilerHarness(budget: 5).WithIisSpec(IisSpec.Remediate);
        harness.World.OpenRdpToTheWorld();
        harness.Actuator.OutOfScope[Ids.WebGroup] = Why;

        var summary = await harness.OnTaskEventAsync();

        Assert.Equal(0, harness.Actuator.Writes);
        Assert.Empty(harness.Actuator.Executed);
        Assert.Equal(5, await harness.Budget.RemainingAsync(harness.Time.GetUtcNow(), CancellationToken.None));
        var refused = Assert.Single(summary.Actions, a => a.Planned.Action is RevokeIngressRule);
        Assert.Equal(ActionResult.OutOfScope, refused.Outcome.Result);
        Assert.Equal(1, summary.ActionsOutOfScope);
        var entry = Assert.Single(harness.Ledger.Entries, e => e.Result == ActionResult.OutOfScope);
        Assert.Equal(Why, entry.Detail);
        var finding = Assert.Single(summary.Tasks.Single().Findings, f => f.Check == CheckIds.ForbiddenIngress);
        Assert.Equal(DecisionKind.Alerted, finding.Decision.Kind);
        Assert.Equal($"not remediated: {Why}", finding.Decision.Reason);
        Assert.Contains(harness.Sink.Published, m => m.Subject.Contains("OPEN critical sg.forbidden-ingress", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Remediate_GroupTaggedAfterARefusal_IsRevokedByTheNextRun()
    {
        var harness = new ReconcilerHarness(budget: 5).WithIisSpec(IisSpec.Remediate);
        harness.World.OpenRdpToTheWorld();
        harness.Actuator.OutOfScope[Ids.WebGroup] = Why;
        await harness.OnTaskEventAsync();

        harness.Actuator.OutOfScope.Clear();
        harness.Time.Advance(TimeSpan.FromMinutes(15));
        var summary = await harness.ResyncAsync();

        Assert.Contains(summary.Actions, a => a.Planned.Action is RevokeIngressRule && a.Outcome.Result == ActionResult.Applied);
        Assert.Equal(1, harness.Actuator.Writes);
    }

    [Fact]
    public async Task DryRun_UntaggedGroup_IsNotEvenTried()
    {
        var harness = new ReconcilerHarness().WithIisSpec(IisSpec.DryRun);
        harness.World.OpenRdpToTheWorld();
        harness.Actuator.OutOfScope[Ids.WebGroup] = Why;

        var summary = await harness.OnTaskEventAsync();

        Assert.Empty(harness.Actuator.Executed);
        Assert.Contains(summary.Actions, a => a.Outcome.Result == ActionResult.OutOfScope);
    }
}
