namespace EcsWinReconciler.Core.Drift;

/// <summary>
/// What a check needs beyond the spec and the observation: the time of the observation (checks never read a clock) and
/// how long a service rollout may run before it counts as stuck.
/// </summary>
public sealed record DriftContext(DateTimeOffset ObservedAt, TimeSpan RolloutStuckAfter)
{
    /// <summary>Long enough for a Windows rollout (image pulls of several GB are common), short enough to page the same shift.</summary>
    public static TimeSpan DefaultRolloutStuckAfter { get; } = TimeSpan.FromMinutes(30);
}
