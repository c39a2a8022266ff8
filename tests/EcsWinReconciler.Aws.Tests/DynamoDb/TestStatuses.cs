using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Reconciliation;

namespace EcsWinReconciler.Aws.Tests.DynamoDb;

/// <summary>Task statuses with every field set, for the status-store tests.</summary>
internal static class TestStatuses
{
    public const string ProdCluster = "arn:aws:ecs:us-east-1:123456789012:cluster/win-prod";
    public const string TestCluster = "arn:aws:ecs:us-east-1:123456789012:cluster/win-test";

    public static readonly DateTimeOffset At = new(2025, 11, 25, 10, 0, 0, TimeSpan.Zero);

    public static string TaskArn(string cluster, string id) => $"arn:aws:ecs:us-east-1:123456789012:task/{cluster}/{id}";

    public static TaskNetworkStatus Status(string taskId, long version = 1, string cluster = ProdCluster, string family = "iis", string reason = "1 finding(s)") => new(
        TaskArn(cluster.Split('/')[^1], taskId),
        cluster,
        family,
        "iis-web",
        ObservedGeneration: 3,
        LastEventVersion: version,
        LastStatus: "RUNNING",
        JudgementKind.Judged,
        reason,
        [
            new StatusCondition(StatusCondition.EniReady, ConditionStatus.True, "Attached", "eni-0abc attached", At.AddTicks(1234567)),
            new StatusCondition(StatusCondition.SecurityGroupsCompliant, ConditionStatus.False, "ForbiddenIngress", "sg-0web allows 3389 from 0.0.0.0/0", At),
            new StatusCondition(StatusCondition.DnsCompliant, ConditionStatus.Unknown, "NotChecked", "", At),
        ],
        [
            new FindingRecord("sg.forbidden-ingress/sg-0web/tcp-3389", CheckIds.ForbiddenIngress, Severity.Critical, FindingScope.Shared,
                "no tcp 3389 from 0.0.0.0/0", "tcp 3389 from 0.0.0.0/0", "RDP is open to the world", FindingDecision.Alerted("remediation mode is alert"))
            { Root = "rule:sg-0web/sgr-0123", AlertKey = "iis-web:sg.forbidden-ingress@rule:sg-0web/sgr-0123" },
            new FindingRecord("eni.subnet/eni-0abc", CheckIds.EniSubnet, Severity.Medium, FindingScope.Task, "subnet-0a1", "subnet-0c3", "wrong subnet",
                FindingDecision.Repairing("dry run", action: "replace-task")) { Root = "task:" + TaskArn(cluster.Split('/')[^1], taskId) },
        ],
        At.AddMilliseconds(version),
        ExpiresAt: null);
}
