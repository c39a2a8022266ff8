namespace EcsWinReconciler.Core.Alerting;

/// <summary>Why an alert resolved, in words a RESOLVED message can say: what fixed it, or why nothing is left to fix.</summary>
public sealed record AlertResolution(ResolutionKind Kind, string Detail)
{
    public static AlertResolution RepairedByUs(string action, DateTimeOffset at) =>
        new(ResolutionKind.RepairedByUs, $"repaired by EcsWinReconciler at {at:u}: {action}");

    public static AlertResolution FixedElsewhere(string how) => new(ResolutionKind.FixedElsewhere, how);

    public static AlertResolution TasksGone(string detail) => new(ResolutionKind.TasksGone, detail);

    public static AlertResolution NoTaskAffected { get; } = new(ResolutionKind.NoTaskAffected,
        "no task shows it any more: every task it listed stopped, passed or is no longer checked, and a complete resync found no other");

    public static AlertResolution NoLongerChecked(string why) => new(ResolutionKind.NoLongerChecked, $"its task is no longer checked: {why}");

    /// <summary>Every finding it listed is now covered by an exception in force: closed, never claimed fixed (the drift remains).</summary>
    public static AlertResolution Excepted(string exception) =>
        new(ResolutionKind.Excepted, $"excepted {exception}; the drift is still there and is alerted again if the exception lapses");

    public static AlertResolution Superseded(string detail) => new(ResolutionKind.Superseded, detail);

    public string Describe() => Detail;
}

/// <summary>The kinds of resolution.</summary>
public enum ResolutionKind
{
    /// <summary>An action of ours repaired the root (the action and when).</summary>
    RepairedByUs,

    /// <summary>A fresh observation of the root passes the check, and no repair of ours did it.</summary>
    FixedElsewhere,

    /// <summary>The alert's root was one task, and that task stopped (verified, not merely unlisted).</summary>
    TasksGone,

    /// <summary>Every listed task left it (verified gone or passing) and a complete resync found no other.</summary>
    NoTaskAffected,

    /// <summary>The alert's root was one task, and no spec checks that task any more (suspended, deleted, no longer selecting it).</summary>
    NoLongerChecked,

    /// <summary>An alert of an earlier key scheme, replaced by one alert per root cause.</summary>
    Superseded,

    /// <summary>An exception in force now covers its check and root: closed without claiming the drift is gone.</summary>
    Excepted,
}
