using EcsWinReconciler.Core.Common;
using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.Core.Specs;

namespace EcsWinReconciler.Core.Planning;

/// <summary>Everything the planner decides from: the findings, the spec (policy), what was observed, the budget left.</summary>
public sealed record PlanningInput(
    TaskNetworkSpec Spec,
    TaskObservation Observation,
    EquatableArray<Finding> Findings,
    int BudgetLeft,
    bool ForceDryRun = false)
{
    /// <summary>
    /// Checks an exception in force covers for this task (their findings are not in <see cref="Findings"/>): a repair planned for
    /// another finding must leave what they cover as it is, e.g. a service update for the subnet keeps the excepted groups.
    /// </summary>
    public EquatableArray<string> ExceptedChecks { get; init; } = [];
}
