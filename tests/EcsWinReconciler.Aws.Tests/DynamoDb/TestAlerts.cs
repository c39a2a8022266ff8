using EcsWinReconciler.Core.Alerting;
using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Networking;

namespace EcsWinReconciler.Aws.Tests.DynamoDb;

/// <summary>Alert candidates for one shared root cause (RDP open on a group), for the alert-store tests.</summary>
internal static class TestAlerts
{
    public const string Cluster = "arn:aws:ecs:us-east-1:123456789012:cluster/win-prod";

    public static readonly DateTimeOffset At = new(2025, 11, 25, 12, 0, 0, TimeSpan.Zero);

    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    public static readonly TimeSpan Reminder = TimeSpan.FromHours(24);

    public static Finding Finding(string group = "sg-0web") => new(
        CheckIds.ForbiddenIngress, $"{group}/tcp-3389", Severity.Critical, FindingScope.Shared,
        "no tcp 3389 from 0.0.0.0/0", "tcp 3389 from 0.0.0.0/0", [], "RDP is open to the world on " + group,
        Remedy.RevokeRule(group, "sgr-0123", new IngressPermission(IpProtocol.Tcp, PortRange.Single(3389), RuleSource.FromCidr(Cidr.Parse("0.0.0.0/0")))));

    public static string Task(int n) => $"arn:aws:ecs:us-east-1:123456789012:task/win-prod/{n:D32}";

    public static AlertRecord Candidate(int task, DateTimeOffset now, string group = "sg-0web") =>
        AlertRecord.Candidate("iis-web", Cluster, "iis", Finding(group), Task(task), now);

    public static string Key(string group = "sg-0web") => AlertRecord.KeyFor("iis-web", Finding(group));
}
