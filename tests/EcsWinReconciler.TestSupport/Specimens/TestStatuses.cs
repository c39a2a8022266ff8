using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Reconciliation;

namespace EcsWinReconciler.TestSupport.Specimens;

/// <summary>Task statuses with every field set, for the status-store tests (the contract and the DynamoDB adapter's own).</summary>
public static class TestStatuses
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
            {
                Root = "rule:sg-0web/sgr-0123",
                AlertKey = "iis-web:sg.forbidden-ingress@rule:sg-0web/sgr-0123",
            },
            new FindingRecord("eni.subnet/eni-0abc", CheckIds.EniSubnet, Severity.Medium, FindingScope.Task, "subnet-0a1", "subnet-0c3", "wrong subnet",
                FindingDecision.Alerted("dry run: would stop task 0abc so its service replaces it", "stop task 0abc so its service replaces it"))
            {
                Root = "service:arn:aws:ecs:us-east-1:123456789012:service/win-prod/iis",
            },
        ],
        At.AddMilliseconds(version),
        ExpiresAt: null)
    {
        Facts = new TaskFacts(
            "arn:aws:ecs:us-east-1:123456789012:task-definition/iis:7", "service:iis", "ecs-svc/1234567890123456789",
            "arn:aws:ecs:us-east-1:123456789012:container-instance/win-prod/0c1d2e3f", "EC2",
            TaskFacts.KeptAttachment("0a1b2c3d-aaaa-bbbb-cccc-0123456789ab", "ATTACHED",
            [
                new("subnetId", "subnet-0a1"), new("networkInterfaceId", "eni-0abc"), new("privateIPv4Address", "10.0.1.25"),
                new("privateDnsName", "ip-10-0-1-25.ec2.internal"),
            ])),
    };

    /// <summary>The same status judged again ten minutes later: only its timestamps moved (same content).</summary>
    public static TaskNetworkStatus Later(TaskNetworkStatus status) => status with
    {
        UpdatedAt = status.UpdatedAt.AddMinutes(10),
        Conditions = [.. status.Conditions.Select(c => c with { LastTransitionTime = c.LastTransitionTime.AddMinutes(10) })],
    };
}
