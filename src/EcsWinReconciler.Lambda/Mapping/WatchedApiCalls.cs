namespace EcsWinReconciler.Lambda.Mapping;

/// <summary>
/// The EC2 calls whose success can change a task's network as the specs see it (template.yaml's CloudTrail rule
/// lists the same names; a test keeps them equal). CreateDhcpOptions is left out on purpose: a new options set
/// reaches no VPC until AssociateDhcpOptions, which is watched. Egress edits, network ACL entries and associations, routes and
/// route-table associations change the path from a task to its DNS servers and domain controllers. CreateNetworkAcl and
/// CreateRouteTable are left out for the same reason as CreateDhcpOptions: a new ACL or table reaches no subnet until an
/// association, which is watched.
/// </summary>
internal static class WatchedApiCalls
{
    public const string AuthorizeSecurityGroupIngress = "AuthorizeSecurityGroupIngress";
    public const string RevokeSecurityGroupIngress = "RevokeSecurityGroupIngress";
    public const string ModifySecurityGroupRules = "ModifySecurityGroupRules";
    public const string ModifyVpcAttribute = "ModifyVpcAttribute";
    public const string AssociateDhcpOptions = "AssociateDhcpOptions";
    public const string ModifyNetworkInterfaceAttribute = "ModifyNetworkInterfaceAttribute";
    public const string AuthorizeSecurityGroupEgress = "AuthorizeSecurityGroupEgress";
    public const string RevokeSecurityGroupEgress = "RevokeSecurityGroupEgress";
    public const string CreateNetworkAclEntry = "CreateNetworkAclEntry";
    public const string ReplaceNetworkAclEntry = "ReplaceNetworkAclEntry";
    public const string DeleteNetworkAclEntry = "DeleteNetworkAclEntry";
    public const string ReplaceNetworkAclAssociation = "ReplaceNetworkAclAssociation";
    public const string CreateRoute = "CreateRoute";
    public const string ReplaceRoute = "ReplaceRoute";
    public const string DeleteRoute = "DeleteRoute";
    public const string AssociateRouteTable = "AssociateRouteTable";
    public const string ReplaceRouteTableAssociation = "ReplaceRouteTableAssociation";
    public const string DisassociateRouteTable = "DisassociateRouteTable";

    public static IReadOnlyList<string> All { get; } =
    [
        AuthorizeSecurityGroupIngress, RevokeSecurityGroupIngress, ModifySecurityGroupRules,
        ModifyVpcAttribute, AssociateDhcpOptions, ModifyNetworkInterfaceAttribute,
        AuthorizeSecurityGroupEgress, RevokeSecurityGroupEgress,
        CreateNetworkAclEntry, ReplaceNetworkAclEntry, DeleteNetworkAclEntry, ReplaceNetworkAclAssociation,
        CreateRoute, ReplaceRoute, DeleteRoute, AssociateRouteTable, ReplaceRouteTableAssociation, DisassociateRouteTable,
    ];
}
