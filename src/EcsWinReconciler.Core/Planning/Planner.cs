using System.Diagnostics;
using EcsWinReconciler.Core.Common;
using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Specs;

namespace EcsWinReconciler.Core.Planning;

/// <summary>
/// <c>(findings, remediation policy, budget left) → plan</c>, pure. It follows where remediation may act: never
/// on the task ENI; set/subnet/public-IP drift → the service (or a task replacement); rule drift → the group's
/// rules; DNS attributes → the VPC only to turn them on; DHCP → alert only. It never widens access beyond the spec.
/// </summary>
public static class Planner
{
    public static Plan Plan(PlanningInput input)
    {
        if (input.Findings.IsEmpty)
        {
            // Nothing to repair or alert: the common case, decided without building the proposal lists.
            return Planning.Plan.Nothing;
        }

        var proposals = input.Findings.Select(f => Propose(input, f)).ToList();
        var actions = Merge(proposals.OfType<Acting>().Select(p => p.Planned));
        var (kept, overBudget) = ApplyBudget(actions, input.BudgetLeft);

        var alerts = new List<AlertDecision>();
        var deferred = new List<AlertDecision>();
        foreach (var proposal in proposals)
        {
            var finding = proposal.Finding;
            if (proposal is NoAction { UnderWay: true } waiting)
            {
                deferred.Add(new AlertDecision(finding, waiting.Why));
                continue;
            }

            var repaired = kept.Any(a => !a.DryRun && a.FindingIds.Contains(finding.Id));
            if (repaired || finding.Severity < input.Spec.Spec.Alerts.MinimumSeverity)
            {
                continue;
            }

            alerts.Add(new AlertDecision(finding, proposal switch
            {
                NoAction none => none.Why,
                Acting when overBudget.Any(a => a.FindingIds.Contains(finding.Id)) => "remediation budget exhausted for this window",
                Acting acting => $"dry-run: would {acting.Planned.Action.Describe()}",
                _ => throw new UnreachableException(),
            }));
        }

        // Kept keeps Merge's order, so it is in plan order already. A plan whose findings all fell below the alert
        // threshold is empty, and equal to Plan.Nothing.
        return Planning.Plan.Remediate(kept.ToEquatableArray(), alerts.ToEquatableArray()) with { Deferred = deferred.ToEquatableArray() };
    }

    private static Proposal Propose(PlanningInput input, Finding finding)
    {
        // Capacity and service findings have no remediation setting: For gives them Alert.
        var mode = input.Spec.Spec.Remediation.For(finding.Group);
        if (mode == RemediationMode.Alert)
        {
            return new NoAction(finding, "remediation mode is alert");
        }

        return ActionFor(input, finding, mode) switch
        {
            RepairChoice.NoRepair none => new NoAction(finding, none.WhyNot, none.UnderWay),
            RepairChoice.Repair { Action: var action } when !AccessGuard.IsWithinSpec(action, input.Spec, input.Observation) =>
                new NoAction(finding, "the repair would widen access beyond the spec"),
            RepairChoice.Repair { Action: var action } =>
                new Acting(finding, new PlannedAction(action, input.ForceDryRun || mode == RemediationMode.DryRun, [finding.Id], finding.Message)),
            _ => throw new UnreachableException(),
        };
    }

    private static RepairChoice ActionFor(PlanningInput input, Finding finding, RemediationMode mode) =>
        finding.Remedy switch
        {
            RevokeRuleRemedy r when mode != RemediationMode.ReplaceTask => RepairChoice.Act(new RevokeIngressRule(r.GroupId, r.RuleId, r.Permission)),
            AuthorizeRuleRemedy a when mode != RemediationMode.ReplaceTask => RepairChoice.Act(new AuthorizeIngressRule(a.GroupId, a.Permission)),
            EnableVpcAttributeRemedy v when mode != RemediationMode.ReplaceTask => RepairChoice.Act(new EnableVpcAttribute(v.VpcId, v.Attribute)),
            ServiceNetworkRemedy => ServiceRemediation.Choose(input, finding, mode),
            AlertOnlyRemedy => RepairChoice.None($"{finding.Check} is repaired by a person, not automatically"),
            _ => RepairChoice.None("replacing the task does not repair a rule or VPC setting"),
        };

    /// <summary>
    /// One action per key (the same change planned for several findings, or for several tasks of a batch): it is a dry run
    /// only if every plan wanted a dry run, answers every finding, and gives every distinct reason; in plan order.
    /// </summary>
    public static List<PlannedAction> Merge(IEnumerable<PlannedAction> actions) =>
        actions
            .GroupBy(a => a.Action.Key, StringComparer.Ordinal)
            .Select(g => new PlannedAction(
                g.First().Action,
                g.All(a => a.DryRun),
                g.SelectMany(a => a.FindingIds).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToEquatableArray(),
                string.Join("; ", g.SelectMany(a => a.Reason.Split("; ")).Distinct(StringComparer.Ordinal))))
            .OrderBy(a => a.Action.Order)
            .ThenBy(a => a.Action.Key, StringComparer.Ordinal)
            .ToList();

    /// <summary>Real actions take budget in plan order; what does not fit goes to alerts. Dry-runs cost nothing.</summary>
    public static (List<PlannedAction> Kept, List<PlannedAction> OverBudget) ApplyBudget(IEnumerable<PlannedAction> actions, int budgetLeft)
    {
        var kept = new List<PlannedAction>();
        var over = new List<PlannedAction>();
        var left = budgetLeft;
        foreach (var action in actions)
        {
            if (action.DryRun)
            {
                kept.Add(action);
            }
            else if (left > 0)
            {
                kept.Add(action);
                left--;
            }
            else
            {
                over.Add(action);
            }
        }

        return (kept, over);
    }

    /// <summary>What the planner proposes for one finding: an action, or none and why (or none because a repair is under way).</summary>
    private abstract record Proposal(Finding Finding);

    private sealed record Acting(Finding Finding, PlannedAction Planned) : Proposal(Finding);

    private sealed record NoAction(Finding Finding, string Why, bool UnderWay = false) : Proposal(Finding);
}
