using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.Core.Planning;
using EcsWinReconciler.Core.Specs;
using EcsWinReconciler.TestSupport.Specimens;

namespace EcsWinReconciler.Core.Tests.Planning;

/// <summary>Which actions the budget keeps, and the reason each alert gives a person for not repairing.</summary>
public class PlannerBudgetAndReasonTests
{
    private static Plan PlanFor(TaskObservation observed, RemediationSpec remediation, int budget = 10, TaskNetworkSpec? spec = null)
    {
        spec ??= IisSpec.Create(remediation);
        return Planner.Plan(new PlanningInput(spec, observed, DriftEvaluator.Evaluate(spec, observed).Findings, budget));
    }

    /// <summary>RDP (IPv4 and IPv6) and WinRM open to the world on the web group: three revokes of one kind.</summary>
    private static TaskObservation ThreeRulesOpen() => IisObservation.Healthy() with
    {
        SecurityGroups =
        [
            IisObservation.WebGroup(
                WorldRule("sgr-0000000000000000a", IisSpec.RdpFromWorld),
                WorldRule("sgr-0000000000000000b", IisSpec.RdpFromWorldV6),
                WorldRule("sgr-0000000000000000c", IisSpec.WinRmFromWorld)),
        ],
    };

    private static ObservedIngressRule WorldRule(string ruleId, IngressRuleSpec forbidden) => new(ruleId, Ids.WebGroup, forbidden.Permission);

    [Fact]
    public void Plan_SmallerBudget_KeepsTheFirstActionsOfTheFullPlanAndAlertsTheRest()
    {
        var full = PlanFor(ThreeRulesOpen(), IisSpec.Remediate, budget: 3).Actions;

        for (var budget = 0; budget <= 3; budget++)
        {
            var plan = PlanFor(ThreeRulesOpen(), IisSpec.Remediate, budget);

            Assert.Equal(full.Take(budget), plan.Actions);
            Assert.Equal(3 - budget, plan.Alerts.Count(a => a.Reason == "remediation budget exhausted for this window"));
        }

        Assert.Equal(3, full.Count);
    }

    [Fact]
    public void Plan_BudgetForOneAction_NarrowsBeforeItWidens()
    {
        var observed = IisObservation.Healthy() with
        {
            SecurityGroups = [new ObservedSecurityGroup(Ids.WebGroup, "iis-web", Ids.VpcId, [IisObservation.RdpFromWorldRule])],
        };

        var plan = PlanFor(observed, IisSpec.Remediate, budget: 1);

        Assert.IsType<RevokeIngressRule>(Assert.Single(plan.Actions).Action);
        var alert = Assert.Single(plan.Alerts);
        Assert.Equal(CheckIds.RequiredIngress, alert.Finding.Check);
        Assert.Equal("remediation budget exhausted for this window", alert.Reason);
    }

    [Fact]
    public void Plan_RuleDriftInReplaceTaskMode_IsAlertedSayingAReplacementCannotRepairIt()
    {
        var observed = IisObservation.Healthy() with { SecurityGroups = [IisObservation.WebGroup(IisObservation.RdpFromWorldRule)] };

        var plan = PlanFor(observed, IisSpec.Remediate with { SecurityGroups = RemediationMode.ReplaceTask });

        Assert.Empty(plan.Actions);
        Assert.Equal("replacing the task does not repair a rule or VPC setting", Assert.Single(plan.Alerts).Reason);
    }

    [Fact]
    public void Plan_ServiceTaskWhoseServiceWasNotObserved_IsAlertedSayingSo()
    {
        var observed = WrongGroups() with { Service = null };

        var plan = PlanFor(observed, IisSpec.Remediate);

        Assert.Empty(plan.Actions);
        Assert.Equal("service iis-webserver was not found", GroupSetAlert(plan).Reason);
    }

    [Fact]
    public void Plan_ServiceUpdateThatWouldLeaveTheServiceWithoutSubnets_IsRefusedAndAlerted()
    {
        // The spec does not constrain subnets, and the service was observed without any: the update would keep "none",
        // which the guard refuses (an update must name where tasks go).
        var spec = IisSpec.Create(IisSpec.Remediate);
        spec = spec with { Spec = spec.Spec with { Eni = spec.Spec.Eni! with { Subnets = [] } } };
        var observed = WrongGroups() with { Service = IisObservation.Service() with { SecurityGroups = [Ids.OtherGroup], Subnets = [] } };

        var plan = PlanFor(observed, IisSpec.Remediate, spec: spec);

        Assert.Empty(plan.Actions);
        Assert.Equal("the repair would widen access beyond the spec", GroupSetAlert(plan).Reason);
    }

    [Fact]
    public void Plan_ServiceUpdate_KeepsAPublicIpTheSpecAllows()
    {
        var spec = IisSpec.Create(IisSpec.Remediate);
        spec = spec with { Spec = spec.Spec with { Eni = spec.Spec.Eni! with { PublicIp = PublicIpPolicy.Any } } };
        var observed = WrongGroups() with { Service = IisObservation.Service() with { SecurityGroups = [Ids.OtherGroup], AssignPublicIp = true } };

        var plan = PlanFor(observed, IisSpec.Remediate, spec: spec);

        Assert.True(Assert.IsType<UpdateServiceNetwork>(Assert.Single(plan.Actions).Action).AssignPublicIp);
    }

    [Fact]
    public void Plan_TaskReplacement_TellsEcsWhyInTheStopReason()
    {
        var plan = PlanFor(WrongGroups(), IisSpec.Remediate);

        var replace = Assert.IsType<ReplaceTask>(Assert.Single(plan.Actions).Action);
        Assert.Equal(
            $"EcsWinReconciler: {CheckIds.SecurityGroupSet} drift on {Ids.EniId}; replacing the task so service iis-webserver starts one with the right network",
            replace.Reason);
    }

    [Fact]
    public void Plan_OnlyARepairUnderWay_IsNotEmpty()
    {
        var plan = PlanFor(WrongGroups() with { Service = IisObservation.Service() with { DeploymentInProgress = true } }, IisSpec.Remediate);

        var underWay = Assert.Single(plan.Deferred);
        Assert.False((Plan.Nothing with { Deferred = [underWay] }).IsEmpty);
    }

    [Fact]
    public void Plan_OnlyAlerts_IsNotEmpty()
    {
        var plan = PlanFor(WrongGroups(), RemediationSpec.AlertOnly);

        Assert.Empty(plan.Actions);
        Assert.Empty(plan.Deferred);
        Assert.False(plan.IsEmpty);
    }

    private static AlertDecision GroupSetAlert(Plan plan) => Assert.Single(plan.Alerts, a => a.Finding.Check == CheckIds.SecurityGroupSet);

    /// <summary>The ENI carries a group the spec does not name; the service's own configuration is right.</summary>
    private static TaskObservation WrongGroups() => IisObservation.Healthy() with
    {
        Eni = IisObservation.Eni() with { GroupIds = [Ids.OtherGroup] },
        SecurityGroups = [new ObservedSecurityGroup(Ids.OtherGroup, null, Ids.VpcId, [])],
    };
}
