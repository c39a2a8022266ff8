using EcsWinReconciler.Core.Common;
using EcsWinReconciler.Core.Planning;

namespace EcsWinReconciler.Core.Reconciliation;

/// <summary>One action the reconciler took or tried, with its reason and outcome.</summary>
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
    DateTimeOffset At);
