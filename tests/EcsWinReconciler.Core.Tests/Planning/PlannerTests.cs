using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.Core.Planning;
using EcsWinReconciler.Core.Specs;
using EcsWinReconciler.TestSupport.Specimens;

namespace EcsWinReconciler.Core.Tests.Planning;

public class PlannerTests
{
    private static Plan PlanFor(TaskObservation observed, RemediationSpec remediation, int budget = 10, bool forceDryRun = false, Severity minimum = Severity.Medium)
    {
        var spec = IisSpec.Create(remediation).WithSeverity(minimum);
        var findings = DriftEvaluator.Evaluate(spec, observed).Findings;
        return Planner.Plan(new PlanningInput(spec, observed, findings, budget, forceDryRun));
    }

    private static TaskObservation RdpOpen() =>
        IisObservation.Healthy() with { SecurityGroups = [IisObservation.WebGroup(IisObservation.RdpFromWorldRule)] };

    private static TaskObservation WrongGroups(bool serviceRight) =>
        IisObservation.Healthy() with
        {
            Eni = IisObservation.Eni() with { GroupIds = [Ids.OtherGroup] },
            SecurityGroups = [new ObservedSecurityGroup(Ids.OtherGroup, null, Ids.VpcId, [])],
            Service = serviceRight ? IisObservation.Service() : IisObservation.Service() with { SecurityGroups = [Ids.OtherGroup] },
        };

    [Fact]
    public void Plan_NoFindings_IsNothing() => Assert.Same(Plan.Nothing, PlanFor(IisObservation.Healthy(), IisSpec.Remediate));

    [Fact]
    public void Plan_RdpOpenInAlertMode_AlertsAndActsNot()
    {
        var plan = PlanFor(RdpOpen(), RemediationSpec.AlertOnly);

        Assert.Empty(plan.Actions);
        var alert = Assert.Single(plan.Alerts);
        Assert.Equal(CheckIds.ForbiddenIngress, alert.Finding.Check);
        Assert.Equal("remediation mode is alert", alert.Reason);
    }

    [Fact]
    public void Plan_RdpOpenInRemediateMode_RevokesByRuleIdAndDoesNotAlert()
    {
        var plan = PlanFor(RdpOpen(), IisSpec.Remediate);

        var action = Assert.Single(plan.Actions);
        var revoke = Assert.IsType<RevokeIngressRule>(action.Action);
        Assert.Equal((Ids.WebGroup, IisObservation.RdpFromWorldRule.RuleId), (revoke.GroupId, revoke.RuleId));
        Assert.False(action.DryRun);
        Assert.Empty(plan.Alerts);
    }

    [Fact]
    public void Plan_DryRunMode_PlansDryRunAndStillAlerts()
    {
        var plan = PlanFor(RdpOpen(), IisSpec.DryRun);

        Assert.True(Assert.Single(plan.Actions).DryRun);
        Assert.StartsWith("dry-run: would revoke", Assert.Single(plan.Alerts).Reason, StringComparison.Ordinal);
        Assert.Equal(0, plan.BudgetCost);
    }

    [Fact]
    public void Plan_ForceDryRun_OverridesRemediate()
    {
        var plan = PlanFor(RdpOpen(), IisSpec.Remediate, forceDryRun: true);

        Assert.All(plan.Actions, a => Assert.True(a.DryRun));
    }

    [Fact]
    public void Plan_BudgetExhausted_TurnsTheActionIntoAnAlert()
    {
        var plan = PlanFor(RdpOpen(), IisSpec.Remediate, budget: 0);

        Assert.Empty(plan.Actions);
        Assert.Equal("remediation budget exhausted for this window", Assert.Single(plan.Alerts).Reason);
    }

    [Fact]
    public void Plan_WrongGroupsWithWrongServiceConfig_UpdatesTheService()
    {
        var plan = PlanFor(WrongGroups(serviceRight: false), IisSpec.Remediate);

        var update = Assert.IsType<UpdateServiceNetwork>(Assert.Single(plan.Actions, a => a.Action is UpdateServiceNetwork).Action);
        Assert.Equal([Ids.WebGroup], update.SecurityGroups);
        Assert.Equal([Ids.SubnetA, Ids.SubnetB], update.Subnets);
        Assert.False(update.AssignPublicIp);
    }

    [Fact]
    public void Plan_WrongGroupsWithRightServiceConfig_ReplacesTheTask()
    {
        var plan = PlanFor(WrongGroups(serviceRight: true), IisSpec.Remediate);

        var replace = Assert.IsType<ReplaceTask>(Assert.Single(plan.Actions).Action);
        Assert.Equal(Ids.TaskArn, replace.TaskArn);
        Assert.True(replace.Reason.Length <= ReplaceTask.MaxReasonLength);
    }

    [Fact]
    public void Plan_ServiceRollingOut_NeitherStopsTheTaskNorAlerts()
    {
        var observed = WrongGroups(serviceRight: true) with { Service = IisObservation.Service() with { DeploymentInProgress = true } };

        var plan = PlanFor(observed, IisSpec.Remediate);

        Assert.DoesNotContain(plan.Actions, a => a.Action is ReplaceTask or UpdateServiceNetwork);
        Assert.DoesNotContain(plan.Alerts, a => a.Finding.Check == CheckIds.SecurityGroupSet);
        Assert.Contains("rolling out a deployment", Assert.Single(plan.Deferred).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_ReplaceTaskModeWithWrongServiceConfig_AlertsBecauseAReplacementWouldRepeatIt()
    {
        var remediation = IisSpec.Remediate with { SecurityGroups = RemediationMode.ReplaceTask };

        var plan = PlanFor(WrongGroups(serviceRight: false), remediation);

        Assert.DoesNotContain(plan.Actions, a => a.Action is UpdateServiceNetwork or ReplaceTask);
        Assert.Contains(plan.Alerts, a => a.Finding.Check == CheckIds.SecurityGroupSet && a.Reason.Contains("replacement task would repeat", StringComparison.Ordinal));
    }

    [Fact]
    public void Plan_StandaloneTask_IsNeverStopped()
    {
        var observed = WrongGroups(serviceRight: true) with { Task = IisObservation.Task() with { Group = "family:iis-webserver" } };

        var plan = PlanFor(observed, IisSpec.Remediate);

        Assert.DoesNotContain(plan.Actions, a => a.Action is ReplaceTask or UpdateServiceNetwork);
        Assert.Contains(plan.Alerts, a => a.Reason.StartsWith("standalone task", StringComparison.Ordinal));
    }

    [Fact]
    public void Plan_SubnetAndGroupDriftTogether_MergeIntoOneServiceUpdate()
    {
        var observed = WrongGroups(serviceRight: false) with { Eni = IisObservation.Eni() with { GroupIds = [Ids.OtherGroup], SubnetId = Ids.SubnetOther } };

        var plan = PlanFor(observed, IisSpec.Remediate);

        var update = Assert.Single(plan.Actions, a => a.Action is UpdateServiceNetwork);
        Assert.Equal(2, update.FindingIds.Count);
    }

    [Fact]
    public void Plan_DnsSupportAndHostnamesOff_EnablesSupportFirst()
    {
        var plan = PlanFor(IisObservation.Healthy() with { Vpc = IisObservation.Vpc(false, false) }, IisSpec.Remediate);

        Assert.Equal(
            [VpcAttribute.EnableDnsSupport, VpcAttribute.EnableDnsHostnames],
            plan.Actions.Select(a => ((EnableVpcAttribute)a.Action).Attribute));
    }

    [Fact]
    public void Plan_DhcpDrift_IsAlwaysAlertOnly()
    {
        var observed = IisObservation.Healthy() with { Vpc = IisObservation.Vpc() with { Dhcp = new DhcpOptionsObservation(Ids.DhcpOptionsId, ["10.9.9.9"], ["corp.example.com"]) } };

        var plan = PlanFor(observed, IisSpec.Remediate);

        Assert.Empty(plan.Actions);
        Assert.Contains("repaired by a person", Assert.Single(plan.Alerts).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_MissingRequiredRule_AuthorizesExactlyTheSpecRule()
    {
        var observed = IisObservation.Healthy() with { SecurityGroups = [new ObservedSecurityGroup(Ids.WebGroup, null, Ids.VpcId, [])] };

        var authorize = Assert.IsType<AuthorizeIngressRule>(Assert.Single(PlanFor(observed, IisSpec.Remediate).Actions).Action);

        Assert.Equal(IisSpec.HttpFromAlb.Permission, authorize.Permission);
        Assert.Equal(Ids.WebGroup, authorize.GroupId);
    }

    [Fact]
    public void Plan_FindingBelowThreshold_NeitherActsNorAlerts()
    {
        var plan = PlanFor(IisObservation.Healthy() with { Host = IisObservation.Host(3) }, IisSpec.Remediate);

        Assert.True(plan.IsEmpty);
    }

    [Fact]
    public void Plan_CapacityFindingAboveThreshold_AlertsOnly()
    {
        var plan = PlanFor(IisObservation.Healthy() with { Host = IisObservation.Host(3) }, IisSpec.Remediate, minimum: Severity.Low);

        Assert.Equal(CheckIds.HostEniCapacity, Assert.Single(plan.Alerts).Finding.Check);
        Assert.Empty(plan.Actions);
    }

    [Fact]
    public void Plan_RevokesComeBeforeServiceUpdates()
    {
        var observed = WrongGroups(serviceRight: false) with
        {
            Eni = IisObservation.Eni() with { GroupIds = [Ids.OtherGroup, Ids.WebGroup] },
            SecurityGroups = [IisObservation.WebGroup(IisObservation.RdpFromWorldRule), new ObservedSecurityGroup(Ids.OtherGroup, null, Ids.VpcId, [])],
        };

        var kinds = PlanFor(observed, IisSpec.Remediate).Actions.Select(a => a.Action.GetType().Name).ToList();

        Assert.Equal(["RevokeIngressRule", "UpdateServiceNetwork"], kinds);
    }
}
