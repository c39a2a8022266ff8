namespace EcsWinReconciler.Lambda.Mapping;

/// <summary>
/// The EC2 calls whose success can change a task's network as the specs see it (template.yaml's CloudTrail rule
/// lists the same names; a test keeps them equal). CreateDhcpOptions is left out on purpose: a new options set
/// reaches no VPC until AssociateDhcpOptions, which is watched.
/// </summary>
internal static class WatchedApiCalls
{
    public const string AuthorizeSecurityGroupIngress = "AuthorizeSecurityGroupIngress";
    public const string RevokeSecurityGroupIngress = "RevokeSecurityGroupIngress";
    public const string ModifySecurityGroupRules = "ModifySecurityGroupRules";
    public const string ModifyVpcAttribute = "ModifyVpcAttribute";
    public const string AssociateDhcpOptions = "AssociateDhcpOptions";
    public const string ModifyNetworkInterfaceAttribute = "ModifyNetworkInterfaceAttribute";

    public static IReadOnlyList<string> All { get; } =
    [
        AuthorizeSecurityGroupIngress, RevokeSecurityGroupIngress, ModifySecurityGroupRules,
        ModifyVpcAttribute, AssociateDhcpOptions, ModifyNetworkInterfaceAttribute,
    ];
}
