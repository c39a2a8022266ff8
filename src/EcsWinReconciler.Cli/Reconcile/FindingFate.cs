using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Planning;
using EcsWinReconciler.Core.Reconciliation;

namespace EcsWinReconciler.Cli.Reconcile;

/// <summary>
/// What a reconcile did about one finding, and whether the drift remains afterwards: only an action that repairs it
/// (applied, already done, or being done by a concurrent run) removes it; dry-run, alerts and failures leave it.
/// </summary>
internal sealed record FindingFate(Finding Finding, string Handling, bool Remains)
{
    public static IEnumerable<FindingFate> Of(TaskOutcome outcome) => outcome.Judgement.Findings.Select(finding =>
    {
        var action = outcome.Actions.FirstOrDefault(a => a.Planned.FindingIds.Contains(finding.Id));
        var alert = outcome.Plan.Alerts.FirstOrDefault(a => a.Finding.Id == finding.Id);
        return action switch
        {
            { Outcome.Repairs: true } => new FindingFate(finding, $"repaired: {action.Planned.Action.Describe()}", false),
            { Outcome.Result: ActionResult.WouldApply } => new FindingFate(finding, $"dry run: would {action.Planned.Action.Describe()}", true),
            { } failed => new FindingFate(finding, $"not repaired: {failed.Planned.Action.Describe()} {StatusWord(failed.Outcome.Result)} ({failed.Outcome.Detail})", true),
            null when alert is not null => new FindingFate(finding, $"alerted: {alert.Reason}", true),
            _ => new FindingFate(finding, "recorded (below the alert threshold)", true),
        };
    });

    /// <summary>True when any judged task still has drift, or any task could not be reconciled.</summary>
    public static bool DriftRemains(RunSummary summary) =>
        summary.Failed > 0 || summary.Tasks.Any(t => Of(t).Any(f => f.Remains));

    private static string StatusWord(ActionResult result) => Status.StatusViewMapper.Word(result.ToString());
}
