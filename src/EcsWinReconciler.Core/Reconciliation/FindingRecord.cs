using EcsWinReconciler.Core.Drift;

namespace EcsWinReconciler.Core.Reconciliation;

/// <summary>A finding as status stores it (no remedy payload), with what was done about it.</summary>
public sealed record FindingRecord(
    string Id,
    string Check,
    Severity Severity,
    FindingScope Scope,
    string Expected,
    string Actual,
    string Message,
    string Handling)
{
    public static FindingRecord From(Finding finding, string handling) =>
        new(finding.Id, finding.Check, finding.Severity, finding.Scope, finding.Expected, finding.Actual, finding.Message, handling);
}
