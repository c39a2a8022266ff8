using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Planning;

namespace EcsWinReconciler.Core.Reconciliation;

/// <summary>
/// What became of each finding, in words stored with the status: repaired, alerted (and why), or recorded only.
/// A finding whose repair failed or could not run is alerted, if it is at or above the alert threshold.
/// </summary>
internal static class FindingHandling
{
    public const string Alerted = "alerted";

    public static Dictionary<string, string> Decide(Judgement judgement, Plan plan, IReadOnlyList<ExecutedAction> executed, Severity minimum)
    {
        var handling = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var finding in judgement.Findings)
        {
            var action = executed.FirstOrDefault(a => a.Planned.FindingIds.Contains(finding.Id));
            var alert = plan.Alerts.FirstOrDefault(a => a.Finding.Id == finding.Id);
            if (plan.Deferred.FirstOrDefault(d => d.Finding.Id == finding.Id) is { } deferred)
            {
                handling[finding.Id] = $"repair in progress: {deferred.Reason}";
                continue;
            }

            handling[finding.Id] = (action, alert) switch
            {
                ({ Outcome.Repairs: true } a, _) => $"repaired: {a.Planned.Action.Describe()} ({a.Outcome.Detail})",
                ({ Outcome.Result: ActionResult.ResourceGone } a, _) => $"not repaired: {a.Outcome.Detail}",
                (_, { } decided) => $"{Alerted}: {decided.Reason}",
                ({ } failed, _) when finding.Severity >= minimum => $"{Alerted}: {failed.Planned.Action.Describe()} {failed.Outcome.Result} ({failed.Outcome.Detail})",
                ({ } failed, _) => $"recorded: {failed.Planned.Action.Describe()} {failed.Outcome.Result} ({failed.Outcome.Detail})",
                _ => "recorded (below the alert threshold)",
            };
        }

        return handling;
    }
}
