using EcsWinReconciler.Core.Drift;

namespace EcsWinReconciler.Core.Reconciliation;

/// <summary>
/// A finding as status stores it (no remedy payload): what was done about it (<see cref="Decision"/>), its root cause, and
/// the alert the task is listed in for it (<see cref="AlertKey"/>; null when none), which the next reconcile leaves if it is gone.
/// </summary>
public sealed record FindingRecord(
    string Id,
    string Check,
    Severity Severity,
    FindingScope Scope,
    string Expected,
    string Actual,
    string Message,
    FindingDecision Decision)
{
    /// <summary>The root's key (<see cref="FindingRoot.Key"/>); empty in statuses written before roots existed.</summary>
    public string Root { get; init; } = string.Empty;

    public string? AlertKey { get; init; }

    public static FindingRecord From(Finding finding, FindingDecision decision, string? alertKey) =>
        new(finding.Id, finding.Check, finding.Severity, finding.Scope, finding.Expected, finding.Actual, finding.Message, decision)
        {
            Root = finding.Root.Key,
            AlertKey = alertKey,
        };
}
