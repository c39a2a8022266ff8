using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Planning;

namespace EcsWinReconciler.Core.Reconciliation;

/// <summary>
/// What became of each finding of one task (pure): from its plan, the outcomes of the batch's actions, the actions the budget
/// left out, and the spec's alert threshold. A repair that fixes the root at once repairs; a service update or a task
/// replacement, another run's claim or a rollout of the right configuration is a repair under way; anything else not
/// repaired is alerted when at or above the threshold, recorded when below. A consequence follows its cause.
/// </summary>
internal static class FindingDecider
{
    public const string BudgetExhausted = "remediation budget exhausted for this window";

    /// <param name="judgement">The task's judgement.</param>
    /// <param name="plan">The task's plan (made from the findings no exception in force covers).</param>
    /// <param name="executed">The batch's actions as carried out.</param>
    /// <param name="overBudget">The keys of the actions the budget left out.</param>
    /// <param name="minimum">The spec's alert threshold.</param>
    /// <param name="exceptions">The spec's exceptions.</param>
    /// <param name="now">The time of the look, against which exceptions are in force or lapsed.</param>
    public static Dictionary<string, FindingDecision> Decide(
        Judgement judgement, Plan plan, IReadOnlyDictionary<string, ExecutedAction> executed, IReadOnlySet<string> overBudget, Severity minimum,
        IReadOnlyCollection<Specs.ExceptionEntry> exceptions, DateTimeOffset now)
    {
        var decisions = new Dictionary<string, FindingDecision>(StringComparer.Ordinal);
        foreach (var finding in judgement.Findings.Where(f => CauseIn(judgement, f) is null))
        {
            decisions[finding.Id] = ExceptionMatch.Find(exceptions, finding, now) switch
            {
                { InForce: true } match => FindingDecision.Excepted(match.Entry),
                { } lapsed => Lapsed(Decide(finding, plan, executed, overBudget, minimum), lapsed),
                null => Decide(finding, plan, executed, overBudget, minimum),
            };
        }

        foreach (var finding in judgement.Findings)
        {
            if (CauseIn(judgement, finding) is { } cause)
            {
                decisions[finding.Id] = FindingDecision.FollowsFrom($"{cause.Check} on {cause.Root.Id}", decisions[cause.Id]);
            }
        }

        return decisions;
    }

    /// <summary>The finding of the same task that causes this one; null when it has no cause, or its cause is not among them.</summary>
    private static Finding? CauseIn(Judgement judgement, Finding finding) =>
        finding.CausedBy is { } cause ? judgement.Findings.FirstOrDefault(c => c.CausedBy is null && c.Cause == cause) : null;

    private static FindingDecision Decide(Finding finding, Plan plan, IReadOnlyDictionary<string, ExecutedAction> executed, IReadOnlySet<string> overBudget, Severity minimum)
    {
        FindingDecision NotRepaired(string why, string? action = null) =>
            finding.Severity >= minimum ? FindingDecision.Alerted(why, action) : FindingDecision.Recorded(why, action);

        if (plan.Deferred.FirstOrDefault(d => d.Finding.Id == finding.Id) is { } deferred)
        {
            return FindingDecision.Repairing(deferred.Reason);
        }

        if (plan.Actions.FirstOrDefault(a => a.FindingIds.Contains(finding.Id)) is not { } planned)
        {
            return plan.Alerts.FirstOrDefault(a => a.Finding.Id == finding.Id) is { } alert
                ? FindingDecision.Alerted(alert.Reason)
                : FindingDecision.Recorded($"below the alert threshold ({Word(finding.Severity)}, alerts from {Word(minimum)})");
        }

        var action = planned.Action;
        var describe = action.Describe();
        if (overBudget.Contains(action.Key))
        {
            return NotRepaired(BudgetExhausted, describe);
        }

        if (!executed.TryGetValue(action.Key, out var done))
        {
            return NotRepaired("the action was not carried out", describe);
        }

        var detail = done.Outcome.Detail;
        return done.Outcome.Result switch
        {
            ActionResult.Applied or ActionResult.AlreadyDone when action.FixesRootAtOnce => FindingDecision.Repaired(describe, detail),
            ActionResult.Applied or ActionResult.AlreadyDone => FindingDecision.Repairing($"{describe} ({detail}); the task keeps its ENI until ECS replaces it", describe),
            ActionResult.ClaimedElsewhere => FindingDecision.Repairing($"another reconcile is carrying out: {describe}", describe),
            ActionResult.WouldApply => NotRepaired($"dry run: would {describe}", describe),
            ActionResult.BudgetExhausted => NotRepaired(BudgetExhausted, describe),
            ActionResult.ResourceGone => FindingDecision.Recorded($"not repaired: {detail}", describe),
            ActionResult.Failed => NotRepaired($"{describe} failed ({detail})", describe),
            ActionResult.OutOfScope => NotRepaired($"not remediated: {detail}", describe),
            _ => throw new ArgumentOutOfRangeException(nameof(executed), done.Outcome.Result, "unknown action result"),
        };
    }

    /// <summary>Decided as any finding, and says the exception lapsed, so the alert that re-opens tells why it is back.</summary>
    private static FindingDecision Lapsed(FindingDecision decision, ExceptionMatch lapsed) =>
        decision with { Reason = $"{lapsed.LapseNote}; {decision.Reason}" };

    private static string Word(Severity severity) => severity.ToString().ToLowerInvariant();
}
