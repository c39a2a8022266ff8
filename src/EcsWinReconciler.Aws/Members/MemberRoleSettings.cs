namespace EcsWinReconciler.Aws.Members;

/// <summary>
/// How the hub assumes the role member.yaml creates in each member account: its name (the same in every member, as a
/// StackSet deploys it), the external id its trust policy requires, and the session the hub opens.
/// </summary>
/// <param name="RoleName">The member role's name (member.yaml's <c>MemberRoleName</c>).</param>
/// <param name="ExternalId">The <c>sts:ExternalId</c> the member role's trust requires (member.yaml's <c>ExternalId</c>).</param>
public sealed record MemberRoleSettings(string RoleName, string ExternalId)
{
    /// <summary>member.yaml's default <c>MemberRoleName</c>, used wherever <c>EWR_MEMBER_ROLE_NAME</c> is not set.</summary>
    public const string DefaultRoleName = "EcsWinReconciler-member";

    /// <summary>
    /// Shown in the member's CloudTrail as the assumed-role session (<c>assumed-role/ROLE/SESSION</c>): who made a change
    /// there. 2–64 characters of <c>[\w+=,.@-]</c>.
    /// </summary>
    public string SessionName { get; init; } = "EcsWinReconciler";

    /// <summary>How long each session lasts; an hour is every role's default maximum, so no member needs a longer one.</summary>
    public TimeSpan SessionDuration { get; init; } = TimeSpan.FromHours(1);

    /// <summary>The partition the members' ARNs are in (<c>aws</c>, <c>aws-cn</c>, <c>aws-us-gov</c>).</summary>
    public string Partition { get; init; } = "aws";

    public string RoleArn(MemberTarget member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return $"arn:{Partition}:iam::{member.AccountId}:role/{RoleName}";
    }
}
