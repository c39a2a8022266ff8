namespace EcsWinReconciler.Cli.IamPolicy;

/// <summary>
/// Where the printed policy points: the partition, region and account of the ARNs (<c>*</c> when not given), the two
/// tables, the alert topic, the member role's name, and the clusters ECS calls are limited to (none: any cluster of the account).
/// </summary>
public sealed record PolicyTarget(string Region, string Account, string SpecsTable, string StateTable, string? TopicArn, IReadOnlyList<string> Clusters)
{
    public string Partition { get; init; } = "aws";

    /// <summary>The role a command that reaches a member assumes there (<c>EWR_MEMBER_ROLE_NAME</c>).</summary>
    public string MemberRoleName { get; init; } = Aws.Members.MemberRoleSettings.DefaultRoleName;

    public string Arn(string service, string resource) => $"arn:{Partition}:{service}:{Region}:{Account}:{resource}";
}
