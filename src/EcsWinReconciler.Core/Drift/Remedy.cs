using EcsWinReconciler.Core.Networking;

namespace EcsWinReconciler.Core.Drift;

/// <summary>
/// What could repair a finding, as data; the planner decides whether it is done. Never anything that acts
/// on the task ENI itself: ECS task ENIs cannot be modified by the account.
/// </summary>
public abstract record Remedy
{
    /// <summary>Report only (DHCP options, ENI state, capacity): the finding's message says what a person does.</summary>
    public static Remedy AlertOnly { get; } = new AlertOnlyRemedy();

    public static Remedy RevokeRule(string groupId, string ruleId, IngressPermission permission) =>
        new RevokeRuleRemedy(groupId, ruleId, permission);

    public static Remedy AuthorizeRule(string groupId, IngressPermission permission) =>
        new AuthorizeRuleRemedy(groupId, permission);

    public static Remedy EnableVpcAttribute(string vpcId, VpcAttribute attribute) =>
        new EnableVpcAttributeRemedy(vpcId, attribute);

    /// <summary>The task's network came from its service's awsvpcConfiguration: fix that, or replace the task.</summary>
    public static Remedy FixServiceNetwork { get; } = new ServiceNetworkRemedy();
}

public sealed record AlertOnlyRemedy : Remedy;

public sealed record RevokeRuleRemedy(string GroupId, string RuleId, IngressPermission Permission) : Remedy;

public sealed record AuthorizeRuleRemedy(string GroupId, IngressPermission Permission) : Remedy;

public sealed record EnableVpcAttributeRemedy(string VpcId, VpcAttribute Attribute) : Remedy;

public sealed record ServiceNetworkRemedy : Remedy;

/// <summary>The two VPC DNS attributes ModifyVpcAttribute changes (one per call; hostnames need support).</summary>
public enum VpcAttribute
{
    EnableDnsSupport,
    EnableDnsHostnames,
}
