using EcsWinReconciler.Aws.Members;

namespace EcsWinReconciler.Aws.Declarations;

/// <summary>
/// Hub and members (issue 15): the hub's functions assume the member role (<see cref="MemberCredentialsProvider"/>), and
/// a member's calls go to its EC2, ECS and Route 53 Resolver with that role, while DynamoDB, SNS and KMS stay the hub's.
/// member.yaml's role is checked to hold exactly the functions' grants on those services.
/// </summary>
internal static class MemberRolePermissions
{
    public static IReadOnlySet<string> MemberServices { get; } = new HashSet<string>(StringComparer.Ordinal) { "ec2", "ecs", "route53resolver" };

    public static IReadOnlyList<IamGrant> Assumption { get; } = [new("sts:AssumeRole", IamResource.MemberRole)];
}
