using EcsWinReconciler.Core.Common;
using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Planning;
using EcsWinReconciler.Core.Specs;
using EcsWinReconciler.Core.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace EcsWinReconciler.Core.Tests.Planning;

[Properties(Arbitrary = [typeof(DriftCaseGenerators)], MaxTest = 300)]
public class PlannerPropertyTests
{
    private static (Plan Plan, Judgement Judgement) Decide(DriftCase c, bool forceDryRun = false)
    {
        var judgement = DriftEvaluator.Evaluate(c.Spec, c.Observed);
        return (Planner.Plan(new PlanningInput(c.Spec, c.Observed, judgement.Findings, c.Budget, forceDryRun)), judgement);
    }

    [Property]
    public Property Plan_NeverWidensAccessBeyondTheSpec(DriftCase c)
    {
        var (plan, _) = Decide(c);
        var spec = c.Spec.Spec;
        var service = c.Observed.Service!;
        var ok = plan.Actions.All(a => a.Action switch
        {
            RevokeIngressRule => true,
            EnableVpcAttribute => true,
            ReplaceTask => true,
            AuthorizeIngressRule x => spec.SecurityGroups!.RequiredIngress.Any(r => r.Permission == x.Permission),
            UpdateServiceNetwork u =>
                u.SecurityGroups.All(g => spec.SecurityGroups!.Ids.Contains(g) || service.SecurityGroups.Contains(g)) &&
                u.Subnets.All(s => spec.Eni!.Subnets.Contains(s) || service.Subnets.Contains(s)) &&
                (!u.AssignPublicIp || (service.AssignPublicIp && spec.Eni!.PublicIp != PublicIpPolicy.Forbidden)),
            _ => false,
        });
        return ok.Label(c.ToString());
    }

    [Property]
    public Property Plan_RealActionsNeverExceedTheBudget(DriftCase c) =>
        (Decide(c).Plan.BudgetCost <= c.Budget).Label(c.ToString());

    [Property]
    public Property Plan_ForceDryRun_NothingReal(DriftCase c) =>
        Decide(c, forceDryRun: true).Plan.Actions.All(a => a.DryRun).Label(c.ToString());

    [Property]
    public Property Plan_IsDeterministic(DriftCase c) =>
        (Decide(c).Plan == Decide(c).Plan && Decide(c).Judgement == Decide(c).Judgement).Label(c.ToString());

    /// <summary>
    /// Idempotence: carry out the plan, look again, and the findings the plan repaired are gone; planning again
    /// on the result plans none of the same actions.
    /// </summary>
    [Property]
    public Property ApplyingThePlan_RemovesTheFindingsItRepaired(DriftCase c)
    {
        var generous = c with { Budget = 100 };
        var (plan, _) = Decide(generous);
        var repaired = plan.Actions.Where(a => !a.DryRun).SelectMany(a => a.FindingIds).ToHashSet(StringComparer.Ordinal);
        var after = ActionSimulator.Apply(c.Observed, plan.Actions);
        var again = DriftEvaluator.Evaluate(c.Spec, after).Findings.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        var replanned = Decide(generous with { Observed = after }).Plan.Actions.Select(a => a.Action.Key).ToHashSet(StringComparer.Ordinal);

        var remaining = repaired.Where(again.Contains).ToList();
        var repeated = plan.Actions.Where(a => !a.DryRun && a.Action is not ReplaceTask).Select(a => a.Action.Key).Where(replanned.Contains).ToList();
        return (remaining.Count == 0 && repeated.Count == 0)
            .Label($"still there: [{string.Join(", ", remaining)}]; planned again: [{string.Join(", ", repeated)}]; {c}");
    }

    [Property]
    public Property Evaluate_RuleOrderDoesNotChangeFindings(DriftCase c)
    {
        var shuffled = c.Observed with
        {
            SecurityGroups = c.Observed.SecurityGroups.Reverse().Select(g => g with { Ingress = g.Ingress.Reverse().ToEquatableArray() }).ToEquatableArray(),
        };
        return (DriftEvaluator.Evaluate(c.Spec, c.Observed) == DriftEvaluator.Evaluate(c.Spec, shuffled)).Label(c.ToString());
    }
}
