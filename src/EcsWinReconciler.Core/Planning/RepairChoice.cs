namespace EcsWinReconciler.Core.Planning;

/// <summary>What the planner chose for one finding: an action, no action and why, or nothing to do because a repair is already under way.</summary>
public abstract record RepairChoice
{
    public static RepairChoice Act(RemediationAction action) => new Repair(action);

    public static RepairChoice None(string whyNot) => new NoRepair(whyNot, UnderWay: false);

    /// <summary>A repair is already happening elsewhere (a rollout of the right configuration): no action, and no new alert.</summary>
    public static RepairChoice InProgress(string what) => new NoRepair(what, UnderWay: true);

    /// <summary>Carry out this action.</summary>
    public sealed record Repair(RemediationAction Action) : RepairChoice;

    /// <summary>No action, and why; <paramref name="UnderWay"/> when the repair is already happening elsewhere.</summary>
    public sealed record NoRepair(string WhyNot, bool UnderWay) : RepairChoice;
}
