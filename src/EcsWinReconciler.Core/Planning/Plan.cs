using EcsWinReconciler.Core.Common;

namespace EcsWinReconciler.Core.Planning;

/// <summary>
/// The planner's decision for one task: actions to take (ordered) and findings to alert on.
/// Findings below the spec's alert threshold and without an action appear in neither list; they live in status only.
/// </summary>
public sealed record Plan(EquatableArray<PlannedAction> Actions, EquatableArray<AlertDecision> Alerts)
{
    public static Plan Nothing { get; } = new([], []);

    /// <summary>Findings whose repair is already under way elsewhere (the service is rolling out): neither acted on nor alerted.</summary>
    public EquatableArray<AlertDecision> Deferred { get; init; } = [];

    public bool IsEmpty => Actions.IsEmpty && Alerts.IsEmpty && Deferred.IsEmpty;

    public static Plan AlertOnly(EquatableArray<AlertDecision> alerts) => new([], alerts);

    public static Plan Remediate(EquatableArray<PlannedAction> actions, EquatableArray<AlertDecision> alerts) => new(actions, alerts);

    /// <summary>Actions that change something (not dry-run): each costs one unit of the remediation budget.</summary>
    public int BudgetCost => Actions.Count(a => !a.DryRun);
}
