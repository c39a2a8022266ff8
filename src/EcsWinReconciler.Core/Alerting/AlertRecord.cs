using EcsWinReconciler.Core.Common;
using EcsWinReconciler.Core.Drift;

namespace EcsWinReconciler.Core.Alerting;

/// <summary>
/// One alert, keyed by root cause (<see cref="Key"/>: spec, check and root, see <see cref="AlertKey"/>), listing the tasks
/// that show it. The lifecycle rules are <see cref="AlertLifecycle"/>'s, the same for every store.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>(none) → OPEN: a reconcile alerts the cause; a notification of kind Opened is owed.</item>
/// <item>OPEN → OPEN: tasks join and leave silently, even down to none; a Reminder is owed every reminder interval.</item>
/// <item>OPEN → RESOLVED: only when a fresh look at the root passes the check (or an action of ours repaired it), when its one
/// task stopped, or when a complete resync found no task showing it; a Resolved notification (with <see cref="Resolution"/>) is owed.</item>
/// <item>RESOLVED → OPEN: the drift came back; it reopens with a fresh <see cref="OpenedAt"/>.</item>
/// <item><see cref="PendingNotification"/> is the outbox: set by a transition, cleared once SNS accepted the message.</item>
/// </list>
/// </remarks>
public sealed record AlertRecord(
    string Key,
    string SpecName,
    string Check,
    string ResourceId,
    Severity Severity,
    FindingScope Scope,
    string ClusterArn,
    string Family,
    string Message,
    string Expected,
    string Actual,
    AlertState State,
    EquatableArray<string> AffectedTasks,
    DateTimeOffset OpenedAt,
    DateTimeOffset? ResolvedAt,
    NotificationKind? PendingNotification,
    DateTimeOffset? NotificationLeaseUntil,
    DateTimeOffset? LastNotifiedAt,
    int NotificationsSent)
{
    /// <summary>What is being done about it (why it is not repaired, or the repair under way); shown while open.</summary>
    public string Handling { get; init; } = string.Empty;

    /// <summary>Why it resolved; set with <see cref="AlertState.Resolved"/>.</summary>
    public AlertResolution? Resolution { get; init; }

    /// <summary>The store's concurrency token: 0 when not stored yet; every write is conditional on the version read.</summary>
    public long Version { get; init; }

    /// <summary>The root cause the key names; null for keys of earlier versions.</summary>
    public FindingRoot? Root => AlertKey.TryParse(Key)?.Root;

    /// <summary>How the alert reads if a reconcile opens it for <paramref name="finding"/> (no task listed yet: the delta adds them).</summary>
    public static AlertRecord Candidate(string specName, string clusterArn, string family, Finding finding, string handling) =>
        new(AlertKey.For(specName, finding), specName, finding.Check, finding.Root.Id, finding.Severity, finding.Scope, clusterArn, family,
            finding.Message, finding.Expected, finding.Actual, AlertState.Open, [], default, null, NotificationKind.Opened, null, null, 0)
        {
            Handling = handling,
        };
}
