namespace EcsWinReconciler.Core.Planning;

/// <summary>What the planner chose for one finding: an action, no action and why, or nothing to do because a repair is already under way.</summary>
public sealed record RepairChoice(RemediationAction? Action, string WhyNot, bool UnderWay)
{
    public static RepairChoice Act(RemediationAction action) => new(action, string.Empty, false);

    public static RepairChoice None(string whyNot) => new(null, whyNot, false);

    /// <summary>A repair is already happening elsewhere (a rollout of the right configuration): no action, and no new alert.</summary>
    public static RepairChoice InProgress(string what) => new(null, what, true);
}
