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
            if (proposal.Action is null && proposal.WhyNoAction.StartsWith(ServiceRemediation.DeployingPrefix, StringComparison.Ordinal))
            {
                deferred.Add(new AlertDecision(proposal.Finding, proposal.WhyNoAction[ServiceRemediation.DeployingPrefix.Length..]));
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
        var mode = finding.Group == CheckGroup.Capacity ? RemediationMode.Alert : input.Spec.Spec.Remediation.For(finding.Group);
        if (mode == RemediationMode.Alert)
        {
            return Proposal.None(finding, "remediation mode is alert");
        }

        var (action, whyNot) = ActionFor(input, finding, mode);
        if (action is not null && !AccessGuard.IsWithinSpec(action, input.Spec, input.Observation))
        {
            return Proposal.None(finding, "the repair would widen access beyond the spec");
        }

        var dryRun = input.ForceDryRun || mode == RemediationMode.DryRun;
        return action is null ? Proposal.None(finding, whyNot!) : new Proposal(finding, action, dryRun, string.Empty);
    }

    private static (RemediationAction? Action, string? WhyNot) ActionFor(PlanningInput input, Finding finding, RemediationMode mode) =>
        finding.Remedy switch
        {
            RevokeRuleRemedy r when mode != RemediationMode.ReplaceTask => (new RevokeIngressRule(r.GroupId, r.RuleId, r.Permission), null),
            AuthorizeRuleRemedy a when mode != RemediationMode.ReplaceTask => (new AuthorizeIngressRule(a.GroupId, a.Permission), null),
            EnableVpcAttributeRemedy v when mode != RemediationMode.ReplaceTask => (new EnableVpcAttribute(v.VpcId, v.Attribute), null),
            ServiceNetworkRemedy => ServiceRemediation.Choose(input, finding, mode),
            AlertOnlyRemedy => (null, $"{finding.Check} is repaired by a person, not automatically"),
            _ => (null, "replacing the task does not repair a rule or VPC setting"),
        };

    private static List<PlannedAction> MergeByKey(IEnumerable<Proposal> proposals) =>
        proposals
            .GroupBy(p => p.Action!.Key, StringComparer.Ordinal)
            .Select(g => new PlannedAction(
                g.First().Action!,
                g.All(p => p.DryRun),
                g.Select(p => p.Finding.Id).Order(StringComparer.Ordinal).ToEquatableArray(),
                string.Join("; ", g.Select(p => p.Finding.Message).Distinct(StringComparer.Ordinal))))
            .OrderBy(a => a.Action.Order)
            .ThenBy(a => a.Action.Key, StringComparer.Ordinal)
            .ToList();

    /// <summary>Real actions take budget in plan order; what does not fit goes to alerts. Dry-runs cost nothing.</summary>
    private static (List<PlannedAction> Kept, List<PlannedAction> OverBudget) ApplyBudget(List<PlannedAction> actions, int budgetLeft)
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
        public static Proposal None(Finding finding, string why) => new(finding, null, false, why);
    }
}
