namespace EcsWinReconciler.Sandbox.State;

/// <summary>A rule associated with a VPC: the VPC's resolver applies it to the queries made in the VPC.</summary>
public sealed record ResolverRuleAssociation(string Id, string ResolverRuleId, string VpcId, string Name, string Status = "COMPLETE")
{
    /// <summary>Every VPC's association with the Internet Resolver rule, which Route 53 Resolver makes itself (its id names the VPC).</summary>
    public static ResolverRuleAssociation Autodefined(string vpcId) =>
        new($"rslvr-autodefined-assoc-{vpcId}-internet-resolver", ResolverRule.InternetResolverId, vpcId, "System Rule Association");
}
