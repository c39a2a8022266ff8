using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.Core.Planning;
using EcsWinReconciler.Core.Specs;
using EcsWinReconciler.TestSupport.Specimens;

namespace EcsWinReconciler.Core.Tests.Planning;

/// <summary>
/// One action per change (several findings or tasks planning the same change), and what a merge keeps: whether it is a
/// dry run, the findings it answers, its reasons. A wrong merge turns a repair into a dry run or the reverse.
/// </summary>
public class PlannerMergeTests
{
    private static readonly RevokeIngressRule RevokeRdp = new(Ids.WebGroup, "sgr-1", IisSpec.RdpFromWorld.Permission);
    private static readonly RevokeIngressRule RevokeWinRm = new(Ids.WebGroup, "sgr-2", IisSpec.WinRmFromWorld.Permission);

    private static PlannedAction Planned(RemediationAction action, bool dryRun, string findingId, string reason = "drift") =>
        new(action, dryRun, [findingId], reason);

    [Fact]
    public void Merge_DryRunAndRealPlansOfOneChange_IsOneRealChange()
    {
        var merged = Planner.Merge([Planned(RevokeRdp, dryRun: true, "f1"), Planned(RevokeRdp, dryRun: false, "f2")]);

        Assert.False(Assert.Single(merged).DryRun);
    }

    [Fact]
    public void Merge_OnlyDryRunPlansOfOneChange_StaysADryRun()
    {
        var merged = Planner.Merge([Planned(RevokeRdp, dryRun: true, "f1"), Planned(RevokeRdp, dryRun: true, "f2")]);

        Assert.True(Assert.Single(merged).DryRun);
    }

    [Fact]
    public void Merge_AnswersEveryFindingOnceInOrder_AndGivesEveryDistinctReasonOnce()
    {
        var merged = Assert.Single(Planner.Merge(
        [
            Planned(RevokeRdp, false, "f2", "rdp open"),
            Planned(RevokeRdp, false, "f1", "seen from task b"),
            Planned(RevokeRdp, false, "f2", "rdp open; seen from task b"),
        ]));

        Assert.Equal(["f1", "f2"], merged.FindingIds);
        Assert.Equal("rdp open; seen from task b", merged.Reason);
    }

    [Fact]
    public void Merge_DifferentChanges_StayApartInPlanOrder()
    {
        var merged = Planner.Merge(
        [
            Planned(new EnableVpcAttribute(Ids.VpcId, VpcAttribute.EnableDnsHostnames), false, "f3"),
            Planned(RevokeWinRm, false, "f2"),
            Planned(RevokeRdp, false, "f1"),
            Planned(new EnableVpcAttribute(Ids.VpcId, VpcAttribute.EnableDnsSupport), false, "f4"),
        ]);

        Assert.Equal(["f1", "f2", "f4", "f3"], merged.Select(a => Assert.Single(a.FindingIds)));
    }

    [Fact]
    public void Plan_SubnetDriftInDryRunAndGroupDriftToRepair_MergeIntoOneRealServiceUpdate()
    {
        var remediation = IisSpec.Remediate with { Eni = RemediationMode.DryRun, SecurityGroups = RemediationMode.Remediate };

        var plan = PlanWrongGroupsAndSubnet(remediation);

        var update = Assert.Single(plan.Actions);
        Assert.IsType<UpdateServiceNetwork>(update.Action);
        Assert.False(update.DryRun);
        Assert.Equal(2, update.FindingIds.Count);
        Assert.DoesNotContain(plan.Alerts, a => a.Finding.Check is CheckIds.SecurityGroupSet or CheckIds.EniSubnet);
    }

    [Fact]
    public void Plan_BothDriftsInDryRun_OneDryRunServiceUpdateAndBothAlerted()
    {
        var plan = PlanWrongGroupsAndSubnet(IisSpec.DryRun);

        Assert.True(Assert.Single(plan.Actions).DryRun);
        var alerts = plan.Alerts.Where(a => a.Finding.Check is CheckIds.SecurityGroupSet or CheckIds.EniSubnet).ToList();
        Assert.Equal(2, alerts.Count);
        Assert.All(alerts, a => Assert.StartsWith("dry-run: would update service iis-webserver", a.Reason, StringComparison.Ordinal));
    }

    private static Plan PlanWrongGroupsAndSubnet(RemediationSpec remediation)
    {
        var spec = IisSpec.Create(remediation);
        var observed = IisObservation.Healthy() with
        {
            Eni = IisObservation.Eni() with { GroupIds = [Ids.OtherGroup], SubnetId = Ids.SubnetOther },
            SecurityGroups = [new ObservedSecurityGroup(Ids.OtherGroup, null, Ids.VpcId, [])],
            Service = IisObservation.Service() with { SecurityGroups = [Ids.OtherGroup], Subnets = [Ids.SubnetOther] },
        };
        return Planner.Plan(new PlanningInput(spec, observed, DriftEvaluator.Evaluate(spec, observed).Findings, 10));
    }
}
