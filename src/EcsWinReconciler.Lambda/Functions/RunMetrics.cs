using EcsWinReconciler.Lambda.Metrics;

namespace EcsWinReconciler.Lambda.Functions;

/// <summary>The metrics of one invocation, from its outcome.</summary>
internal static class RunMetrics
{
    public static IReadOnlyList<MetricValue> From(FunctionOutcome outcome, TimeSpan duration, long? apiCalls)
    {
        var summary = outcome.Summary;
        List<MetricValue> metrics =
        [
            MetricValue.Count(MetricNames.DriftFindings, summary.Findings),
            MetricValue.Count(MetricNames.ActionsApplied, summary.ActionsApplied),
            MetricValue.Count(MetricNames.ActionsDryRun, summary.ActionsDryRun),
            MetricValue.Count(MetricNames.ActionsOverBudget, summary.ActionsOverBudget),
            MetricValue.Count(MetricNames.ActionsFailed, summary.ActionsFailed),
            MetricValue.Count(MetricNames.ActionsOutOfScope, summary.ActionsOutOfScope),
            MetricValue.Count(MetricNames.AlertsOpened, summary.AlertsOpened),
            MetricValue.Count(MetricNames.AlertsResolved, summary.AlertsResolved),
            MetricValue.Count(MetricNames.TasksReconciled, summary.TasksSeen),
            MetricValue.Count(MetricNames.TasksFailed, summary.Failed),
            MetricValue.Count(MetricNames.TasksRemaining, summary.Remaining.Count),
            MetricValue.Count(MetricNames.PlacesFailed, outcome.FailedPlaces.Count),
            MetricValue.Count(MetricNames.RejectedEvents, outcome.RejectedEvents),
            MetricValue.Count(MetricNames.RechecksScheduled, summary.RechecksScheduled),
            MetricValue.Count(MetricNames.RechecksNotScheduled, summary.RechecksNotScheduled),
            MetricValue.Count(MetricNames.RechecksDropped, outcome.RechecksDropped),
            new(MetricNames.ReconcileDurationMs, Math.Round(duration.TotalMilliseconds, 1), MetricNames.Milliseconds),
        ];
        if (apiCalls is { } calls)
        {
            metrics.Add(MetricValue.Count(MetricNames.ApiCalls, calls));
        }

        if (summary.OpenAlerts is { } open)
        {
            metrics.Add(MetricValue.Count(MetricNames.OpenAlerts, open));
        }

        return metrics;
    }

    /// <summary>One datum per (check, severity) the run found, with those two as dimensions (none when nothing was found).</summary>
    public static IEnumerable<(IReadOnlyList<KeyValuePair<string, string>> Dimensions, MetricValue Value)> FindingsByCheck(FunctionOutcome outcome) =>
        outcome.Summary.FindingsByCheck().Select(f => (
            (IReadOnlyList<KeyValuePair<string, string>>)[new(MetricNames.CheckDimension, f.Key.Check), new(MetricNames.SeverityDimension, f.Key.Severity.ToString().ToLowerInvariant())],
            MetricValue.Count(MetricNames.FindingsByCheck, f.Value)));
}
