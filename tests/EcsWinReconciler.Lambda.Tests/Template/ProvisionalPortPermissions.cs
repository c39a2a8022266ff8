using EcsWinReconciler.Lambda.Composition;

namespace EcsWinReconciler.Lambda.Tests.Template;

/// <summary>
/// The IAM actions each port method's AWS adapter calls. PROVISIONAL: written here from the adapter branches
/// (aws-dynamo: GetItem/PutItem/UpdateItem/Scan per store method; aws-ec2: the Describe*/Authorize/Revoke/ModifyVpcAttribute
/// calls; aws-ecs-sns: the ECS JSON and SNS Query operations). It belongs with the adapters: once they declare it
/// (one table per adapter), this test should read theirs, so a new SDK call without a template change fails here.
/// </summary>
internal static class ProvisionalPortPermissions
{
    public static readonly IReadOnlyDictionary<string, string[]> ByPortMethod = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["ISpecStore.ListAsync"] = ["dynamodb:Scan"],
        ["ISpecStore.GetAsync"] = ["dynamodb:GetItem"],
        ["IStatusStore.GetAsync"] = ["dynamodb:GetItem"],
        ["IStatusStore.PutAsync"] = ["dynamodb:GetItem", "dynamodb:PutItem"],
        ["ITaskSource.DescribeTasksAsync"] = ["ecs:DescribeTasks"],
        ["ITaskSource.ListRunningTaskArnsAsync"] = ["ecs:ListTasks"],
        ["ITaskSource.DescribeTaskDefinitionAsync"] = ["ecs:DescribeTaskDefinition"],
        ["ITaskSource.DescribeContainerInstancesAsync"] = ["ecs:DescribeContainerInstances"],
        ["ITaskSource.DescribeServiceAsync"] = ["ecs:DescribeServices"],
        ["INetworkObserver.DescribeEnisAsync"] = ["ec2:DescribeNetworkInterfaces"],
        ["INetworkObserver.DescribeSecurityGroupsAsync"] = ["ec2:DescribeSecurityGroups", "ec2:DescribeSecurityGroupRules"],
        ["INetworkObserver.DescribeVpcDnsAsync"] = ["ec2:DescribeVpcs", "ec2:DescribeVpcAttribute", "ec2:DescribeDhcpOptions"],
        ["INetworkObserver.DescribeHostCapacityAsync"] = ["ec2:DescribeInstances", "ec2:DescribeInstanceTypes"],
        ["INetworkObserver.CountEnisByGroupAsync"] = ["ec2:DescribeNetworkInterfaces"],
        ["INetworkObserver.Forget"] = [],
        ["IAlertStore.ListPendingNotificationsAsync"] = ["dynamodb:Query"],
        ["IAlertStore.ListAsync"] = ["dynamodb:Query"],
        ["INetworkActuator.ExecuteAsync"] =
        [
            "ec2:AuthorizeSecurityGroupIngress", "ec2:RevokeSecurityGroupIngress", "ec2:ModifyVpcAttribute", "ecs:UpdateService", "ecs:StopTask",
        ],
        ["IAlertStore.OpenOrJoinAsync"] = ["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem"],
        ["IAlertStore.LeaveAsync"] = ["dynamodb:GetItem", "dynamodb:UpdateItem"],
        ["IAlertStore.TryClaimNotificationAsync"] = ["dynamodb:GetItem", "dynamodb:UpdateItem"],
        ["IAlertStore.CompleteNotificationAsync"] = ["dynamodb:UpdateItem"],
        // Publishing to a topic encrypted with a customer-managed key needs the key too.
        ["IAlertSink.PublishAsync"] = ["sns:Publish", "kms:GenerateDataKey*", "kms:Decrypt"],
        ["IActionLedger.TryClaimAsync"] = ["dynamodb:PutItem"],
        ["IActionLedger.RecordAsync"] = ["dynamodb:PutItem"],
        ["IRemediationBudget.RemainingAsync"] = ["dynamodb:GetItem"],
        ["IRemediationBudget.TryConsumeAsync"] = ["dynamodb:UpdateItem"],
    };

    /// <summary>What the function needs besides its ports: its logs, its failure destination, its trigger.</summary>
    public static IReadOnlyList<string> Runtime(FunctionKind kind) => kind == FunctionKind.SpecChange
        ? ["logs:CreateLogStream", "logs:PutLogEvents", "sqs:SendMessage", "dynamodb:DescribeStream", "dynamodb:GetRecords", "dynamodb:GetShardIterator", "dynamodb:ListStreams"]
        : ["logs:CreateLogStream", "logs:PutLogEvents", "sqs:SendMessage"];

    public static IReadOnlySet<string> For(FunctionKind kind) =>
        FunctionCatalog.For(kind).PortMethods.SelectMany(m => ByPortMethod[m]).Concat(Runtime(kind)).ToHashSet(StringComparer.Ordinal);
}
