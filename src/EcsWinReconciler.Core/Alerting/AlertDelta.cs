using EcsWinReconciler.Core.Common;

namespace EcsWinReconciler.Core.Alerting;

/// <summary>
/// What one reconcile learned about one alert key, gathered over its whole batch: the tasks that show the cause now
/// (<see cref="Join"/>), whether the cause is alerted (<see cref="MayOpen"/>) or only followed while open (a repair under way,
/// below the threshold), the tasks that no longer show it (<see cref="Leave"/>), and whether the root was seen fixed
/// (<see cref="Resolve"/>). <see cref="AlertLifecycle.Decide"/> turns it into one write.
/// </summary>
public sealed record AlertDelta(string Key)
{
    /// <summary>How the alert reads if this delta opens it (description, severity, cluster, family); null when it may not open.</summary>
    public AlertRecord? Candidate { get; init; }

    public bool MayOpen { get; init; }

    public EquatableArray<string> Join { get; init; } = [];

    public EquatableArray<string> Leave { get; init; } = [];

    /// <summary>Set when the root was seen passing (or repaired by us): the alert resolves whoever is listed.</summary>
    public AlertResolution? Resolve { get; init; }

    /// <summary>What is being done about it now (why it is not repaired, or the repair under way).</summary>
    public string? Handling { get; init; }
}
