using EcsWinReconciler.Core.Alerting;
using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.TestSupport.Specimens;

namespace EcsWinReconciler.Core.Tests.Alerting;

/// <summary>
/// One alert as subscribers receive it: RDP open through a rule of the web group, on twelve tasks (more than a message
/// lists by name), opened, then repaired by us.
/// </summary>
internal static class AlertMessageSamples
{
    public static readonly DateTimeOffset OpenedAt = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset ResolvedAt = new(2026, 11, 25, 13, 30, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset SentAt = new(2026, 11, 25, 14, 0, 5, TimeSpan.Zero);

    public static readonly Finding Rdp = new(
        CheckIds.ForbiddenIngress, $"{Ids.WebGroup}/sgr-0bbbbbbbbbbbbbbb2", Severity.Critical, FindingRoot.Rule(Ids.WebGroup, "sgr-0bbbbbbbbbbbbbbb2"),
        "no ingress matching tcp 3389 from 0.0.0.0/0", "sgr-0bbbbbbbbbbbbbbb2: tcp 3389 from 0.0.0.0/0", [Ids.TaskArn],
        "Group rule allows RDP from the internet.", Remedy.AlertOnly);

    public static string Task(int n) => $"arn:aws:ecs:us-east-1:111122223333:task/win-prod/{n:D32}";

    public static AlertRecord Open(int tasks = 12) =>
        AlertRecord.Candidate("iis-webserver", Ids.ClusterArn, Ids.Family, Rdp, "remediation mode is alert") with
        {
            AffectedTasks = [.. Enumerable.Range(1, tasks).Select(Task)],
            OpenedAt = OpenedAt,
        };

    public static AlertRecord Resolved() => Open() with
    {
        State = AlertState.Resolved,
        AffectedTasks = [],
        ResolvedAt = ResolvedAt,
        Resolution = AlertResolution.RepairedByUs("revoke sgr-0bbbbbbbbbbbbbbb2 (tcp 3389 from 0.0.0.0/0) on sg-0123456789abcdef0", ResolvedAt),
    };

    /// <summary>The part of a body a person reads, before the JSON block.</summary>
    public static string HumanPart(AlertMessage message) => message.Body[..message.Body.IndexOf(MachineMarker, StringComparison.Ordinal)];

    /// <summary>The JSON block at the end of a body.</summary>
    public static string JsonPart(AlertMessage message) => message.Body[(message.Body.IndexOf(MachineMarker, StringComparison.Ordinal) + MachineMarker.Length)..];

    public const string MachineMarker = "\n--- machine-readable ---\n";
}
