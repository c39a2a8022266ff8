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
    bool ForceDryRun = false);
