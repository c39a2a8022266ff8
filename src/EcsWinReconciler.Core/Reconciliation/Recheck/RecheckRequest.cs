namespace EcsWinReconciler.Core.Reconciliation;

/// <summary>
/// A look at one root again, through one task that shows it, <see cref="Delay"/> after <see cref="ObservedAt"/>: the decision
/// as data (<see cref="RecheckPolicy"/> makes it, the queue behind <see cref="Ports.IRecheckQueue"/> carries it).
/// </summary>
/// <param name="Cluster">The task's cluster ARN.</param>
/// <param name="TaskArn">The task to reconcile again (described afresh by ECS).</param>
/// <param name="Root">The root's key (<c>task:…</c>, <c>rule:sg-…/sgr-…</c>, <c>service:…</c>): one re-check pending per root.</param>
/// <param name="Reason">Why.</param>
/// <param name="Attempt">Which re-check of this chain it is, 1 to <see cref="RecheckBackoff.MaxAttempts"/>.</param>
/// <param name="Version">The task's event version the look that asked for it saw.</param>
/// <param name="ObservedAt">When that look was made: a status stored later comes from a newer look.</param>
public sealed record RecheckRequest(string Cluster, string TaskArn, string Root, RecheckReason Reason, int Attempt, long Version, DateTimeOffset ObservedAt)
{
    public TimeSpan Delay => RecheckBackoff.DelayBefore(Attempt) ?? throw new InvalidOperationException($"re-check attempt {Attempt} is out of range");

    public DateTimeOffset DueAt => ObservedAt + Delay;

    /// <summary>Tells this scheduling of the root from any other (the pending marker is released only by its own message).</summary>
    public string Token => $"{Attempt}@{ObservedAt.ToUnixTimeMilliseconds()}";
}
