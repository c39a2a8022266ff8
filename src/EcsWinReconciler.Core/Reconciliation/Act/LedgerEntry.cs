using EcsWinReconciler.Core.Common;
using EcsWinReconciler.Core.Planning;

namespace EcsWinReconciler.Core.Reconciliation;

/// <summary>
/// One action the reconciler took or tried, with its reason and outcome. One action answers a root cause, so it may act for
/// many tasks: <see cref="TaskArn"/> is the first, <see cref="Tasks"/> all of them.
/// </summary>
public sealed record LedgerEntry(
    string ActionKey,
    string Description,
    string TaskArn,
    string SpecName,
    long SpecGeneration,
    bool DryRun,
    ActionResult Result,
    string Detail,
    string Reason,
    EquatableArray<string> FindingIds,
    DateTimeOffset At)
{
    /// <summary>Every task the action answered (at least <see cref="TaskArn"/>).</summary>
    public EquatableArray<string> Tasks { get; init; } = [TaskArn];
}
