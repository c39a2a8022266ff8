using EcsWinReconciler.Core.Common;

namespace EcsWinReconciler.Core.Planning;

/// <summary>An action the plan will carry out (or, in dry-run, only try), and the findings it answers.</summary>
public sealed record PlannedAction(RemediationAction Action, bool DryRun, EquatableArray<string> FindingIds, string Reason);
