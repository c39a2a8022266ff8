using EcsWinReconciler.Core.Alerting;
using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Reconciliation;

namespace EcsWinReconciler.Cli.Alerts;

/// <summary>
/// What <c>ewr alerts --excepted</c> lists: the findings an exception keeps from alerting, gathered from the tasks' statuses as
/// an alert would be (one row per spec, check and root, with the tasks that show it), so a person sees what is being let pass.
/// </summary>
internal sealed record ExceptedFinding(string Key, string Spec, string Check, string Root, Severity Severity, string Exception, IReadOnlyList<string> Tasks, string Message)
{
    public static IReadOnlyList<ExceptedFinding> From(IEnumerable<TaskNetworkStatus> statuses) =>
        [.. statuses
            .Where(s => s.SpecName is not null)
            .SelectMany(s => s.Findings.Where(f => f.Decision.Kind == DecisionKind.Excepted).Select(f => (Status: s, Finding: f)))
            .GroupBy(x => AlertKey.For(x.Status.SpecName!, $"{x.Finding.Check}@{x.Finding.Root}"), StringComparer.Ordinal)
            .Select(g =>
            {
                var (status, finding) = g.First();
                return new ExceptedFinding(
                    g.Key, status.SpecName!, finding.Check, FindingRoot.TryParse(finding.Root)?.Id ?? finding.Root, g.Max(x => x.Finding.Severity),
                    finding.Decision.Describe(), [.. g.Select(x => x.Status.TaskArn).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)], finding.Message);
            })
            .OrderByDescending(e => e.Severity)
            .ThenBy(e => e.Key, StringComparer.Ordinal)];
}
