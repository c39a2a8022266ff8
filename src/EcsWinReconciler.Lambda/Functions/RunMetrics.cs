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
            MetricValue.Count(MetricNames.AlertsOpened, summary.AlertsOpened),
            MetricValue.Count(MetricNames.AlertsResolved, summary.AlertsResolved),
            MetricValue.Count(MetricNames.TasksReconciled, summary.TasksSeen),
            MetricValue.Count(MetricNames.TasksFailed, summary.Failed),
            MetricValue.Count(MetricNames.TasksRemaining, summary.Remaining.Count),
            MetricValue.Count(MetricNames.RejectedEvents, outcome.RejectedEvents),
            new(MetricNames.ReconcileDurationMs, Math.Round(duration.TotalMilliseconds, 1), MetricNames.Milliseconds),
        ];
        if (apiCalls is { } calls)
        {
            metrics.Add(MetricValue.Count(MetricNames.ApiCalls, calls));
        }

        return metrics;
    }
}
