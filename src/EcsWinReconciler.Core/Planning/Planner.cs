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
        var actions = MergeByKey(proposals.Where(p => p.Action is not null));
        var (kept, overBudget) = ApplyBudget(actions, input.BudgetLeft);

        var alerts = new List<AlertDecision>();
        var deferred = new List<AlertDecision>();
        foreach (var proposal in proposals)
        {
            if (proposal.UnderWay)
            {
                deferred.Add(new AlertDecision(proposal.Finding, proposal.WhyNoAction));
                continue;
            }

            var id = proposal.Finding.Id;
            var repairedBy = kept.FirstOrDefault(a => !a.DryRun && a.FindingIds.Contains(id));
            if (repairedBy is not null || proposal.Finding.Severity < input.Spec.Spec.Alerts.MinimumSeverity)
            {
                continue;
            }

            var reason = overBudget.Any(a => a.FindingIds.Contains(id))
                ? "remediation budget exhausted for this window"
                : kept.FirstOrDefault(a => a.FindingIds.Contains(id)) is { } dry
                    ? $"dry-run: would {dry.Action.Describe()}"
                    : proposal.WhyNoAction;
            alerts.Add(new AlertDecision(proposal.Finding, reason));
        }

        return kept.Count == 0 && alerts.Count == 0 && deferred.Count == 0
            ? Planning.Plan.Nothing
            : Planning.Plan.Remediate(
                kept.OrderBy(a => a.Action.Order).ThenBy(a => a.Action.Key, StringComparer.Ordinal).ToEquatableArray(),
                alerts.ToEquatableArray()) with { Deferred = deferred.ToEquatableArray() };
    }

    private static Proposal Propose(PlanningInput input, Finding finding)
    {
        var mode = finding.Group is CheckGroup.Capacity or CheckGroup.Service ? RemediationMode.Alert : input.Spec.Spec.Remediation.For(finding.Group);
        if (mode == RemediationMode.Alert)
        {
            return Proposal.None(finding, "remediation mode is alert");
        }

        var choice = ActionFor(input, finding, mode);
        if (choice.Action is { } action && !AccessGuard.IsWithinSpec(action, input.Spec, input.Observation))
        {
            return Proposal.None(finding, "the repair would widen access beyond the spec");
        }

        var dryRun = input.ForceDryRun || mode == RemediationMode.DryRun;
        return choice.Action is null
            ? new Proposal(finding, null, false, choice.WhyNot) { UnderWay = choice.UnderWay }
            : new Proposal(finding, choice.Action, dryRun, string.Empty);
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

    private static List<PlannedAction> MergeByKey(IEnumerable<Proposal> proposals) =>
        Merge(proposals.Select(p => new PlannedAction(p.Action!, p.DryRun, [p.Finding.Id], p.Finding.Message)));

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

    private sealed record Proposal(Finding Finding, RemediationAction? Action, bool DryRun, string WhyNoAction)
    {
        public bool UnderWay { get; init; }

        public static Proposal None(Finding finding, string why) => new(finding, null, false, why);
    }
}
