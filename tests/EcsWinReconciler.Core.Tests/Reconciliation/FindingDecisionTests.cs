using EcsWinReconciler.Core.Reconciliation;

namespace EcsWinReconciler.Core.Tests.Reconciliation;

/// <summary>What a finding's decision says of the world: only an immediate repair takes the drift away; a preview says what a real run would alert.</summary>
public class FindingDecisionTests
{
    public static TheoryData<FindingDecision, bool> Decisions => new()
    {
        { FindingDecision.Repaired("revoke sgr-1", "applied"), false },
        { FindingDecision.Repairing("stop task t1 so its service replaces it"), true },
        { FindingDecision.Alerted("remediation mode is alert"), true },
        { FindingDecision.Recorded("below the alert threshold (low, alerts from medium)"), true },
        { FindingDecision.FollowsFrom("dns.vpc-hostnames on vpc-1", FindingDecision.Repaired("turn on EnableDnsHostnames", "applied")), true },
    };

    /// <summary>The drift remains after anything but an immediate repair, even a repair under way or a consequence of a repaired cause.</summary>
    [Theory]
    [MemberData(nameof(Decisions))]
    public void Remains_OnlyAnImmediateRepairTakesTheDriftAway(FindingDecision decision, bool remains) =>
        Assert.Equal(remains, decision.Remains);

    [Fact]
    public void Describe_AlertedInAPreview_SaysItWouldBeAlerted()
    {
        var decision = FindingDecision.Alerted("remediation mode is alert");

        Assert.Equal("would be alerted: remediation mode is alert", decision.Describe(preview: true));
        Assert.Equal("alerted: remediation mode is alert", decision.Describe(preview: false));
    }

    [Fact]
    public void Describe_RecordedInAPreview_SaysTheSameAsARealRun()
    {
        var decision = FindingDecision.Recorded("below the alert threshold (low, alerts from medium)");

        Assert.Equal(decision.Describe(), decision.Describe(preview: true));
    }
}
