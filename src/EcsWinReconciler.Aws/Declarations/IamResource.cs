namespace EcsWinReconciler.Aws.Declarations;

/// <summary>
/// What an IAM action is allowed on, named by the deployment's logical resources rather than ARNs (template.yaml
/// turns each into ARNs and scopes it further, e.g. ECS resources to the watched clusters).
/// </summary>
/// <param name="Name">A stable key: <c>*</c>, <c>dynamodb:table/State</c>, <c>dynamodb:table/State/index/alerts</c>, <c>ec2:security-group</c>, ….</param>
/// <param name="Description">How docs/DEPLOY.md names it.</param>
public sealed record IamResource(string Name, string Description)
{
    /// <summary>The action has no resource-level permission (Service Authorization Reference: no resource type), so IAM takes only "*".</summary>
    public static IamResource Any { get; } = new("*", "`*` (no resource-level permission)");

    public static IamResource SpecsTable { get; } = new("dynamodb:table/Specs", "Specs table");

    public static IamResource StateTable { get; } = new("dynamodb:table/State", "State table");

    public static IamResource AlertTopic { get; } = new("sns:topic/alerts", "alert topic");

    /// <summary>The KMS key the alert topic is encrypted with (SNS uses it on the publisher's behalf).</summary>
    public static IamResource AlertTopicKey { get; } = new("kms:key/alerts", "alert topic's KMS key");

    public static IamResource SecurityGroups { get; } = new("ec2:security-group", "security groups");

    public static IamResource Vpcs { get; } = new("ec2:vpc", "VPCs");

    public static IamResource EcsServices { get; } = new("ecs:service", "ECS services");

    public static IamResource EcsTasks { get; } = new("ecs:task", "ECS tasks");

    public static IamResource EcsContainerInstances { get; } = new("ecs:container-instance", "ECS container instances");

    /// <summary>A global secondary index of the State table: a Query on it is authorised on the index ARN, not the table's.</summary>
    public static IamResource ResolverRules { get; } = new("route53resolver:resolver-rule", "Route 53 Resolver rules");

    /// <summary>The SQS delay queue delayed re-checks go through (the task-state function consumes it).</summary>
    public static IamResource RecheckQueue { get; } = new("sqs:queue/rechecks", "the re-check queue");

    public static IamResource ResolverEndpoints { get; } = new("route53resolver:resolver-endpoint", "Route 53 Resolver endpoints");

    /// <summary>The role member.yaml creates in each member account (hub and members, issue 15).</summary>
    public static IamResource MemberRole { get; } = new("iam:role/member", "the member role (`MemberRoleName`) in member accounts");

    public static IamResource StateTableIndex(string indexName) => new($"dynamodb:table/State/index/{indexName}", $"State table, index `{indexName}`");

    public override string ToString() => Name;
}
