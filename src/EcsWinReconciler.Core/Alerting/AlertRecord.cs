using EcsWinReconciler.Core.Common;
using EcsWinReconciler.Core.Drift;

namespace EcsWinReconciler.Core.Alerting;

/// <summary>
/// One alert, keyed by root cause (<see cref="Key"/> = spec name + finding id), listing the tasks it affects.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>(none) → OPEN: the first task with the finding opens it; a notification of kind Opened is owed.</item>
/// <item>OPEN → OPEN: other tasks join or leave; a Reminder is owed every reminder interval.</item>
/// <item>OPEN → RESOLVED: the last task leaves, or the shared root cause is seen fixed; a Resolved notification is owed.</item>
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
    public static string KeyFor(string specName, Finding finding) => $"{specName}:{finding.Id}";

    /// <summary>A new open alert for one task and finding, as <see cref="Ports.IAlertStore.OpenOrJoinAsync"/> expects it.</summary>
    public static AlertRecord Candidate(string specName, string clusterArn, string family, Finding finding, string taskArn, DateTimeOffset now) =>
        new(KeyFor(specName, finding), specName, finding.Check, finding.ResourceId, finding.Severity, finding.Scope, clusterArn, family,
            finding.Message, finding.Expected, finding.Actual, AlertState.Open, [taskArn], now, null,
            NotificationKind.Opened, null, null, 0);
}
