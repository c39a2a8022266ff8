using EcsWinReconciler.Sandbox.State;

namespace EcsWinReconciler.Sandbox.Scenarios;

/// <summary>
/// Route 53 Resolver as a platform team sets it up to reach an Active Directory the VPC's DHCP options do not name: an
/// outbound endpoint (with its security groups) in a VPC, a FORWARD rule for the domain through it, the rule associated
/// with the VPCs whose resolver should forward.
/// </summary>
public static class ResolverEdits
{
    public static ResolverEndpoint AddOutboundEndpoint(SandboxWorld world, string endpointId, string vpcId, params string[] securityGroupIds)
    {
        ArgumentNullException.ThrowIfNull(world);
        var endpoint = new ResolverEndpoint(endpointId, Arn(world, $"resolver-endpoint/{endpointId}"), "ad-forwarder", ResolverEndpoint.Outbound, securityGroupIds, vpcId, 2, world.Now);
        world.ResolverEndpoints.Add(endpoint.Id, endpoint);
        return endpoint;
    }

    public static ResolverRule AddForwardRule(SandboxWorld world, string ruleId, string domainName, string endpointId, params string[] targetIps)
    {
        ArgumentNullException.ThrowIfNull(world);
        var rule = new ResolverRule(ruleId, Arn(world, $"resolver-rule/{ruleId}"), domainName, ResolverRule.Forward, "forward-" + domainName.Replace('.', '-'),
            [.. targetIps.Select(ip => new ResolverTarget(ip))], endpointId, world.AccountId, world.Now);
        world.ResolverRules.Add(rule.Id, rule);
        return rule;
    }

    public static ResolverRuleAssociation Associate(SandboxWorld world, string associationId, string ruleId, string vpcId)
    {
        ArgumentNullException.ThrowIfNull(world);
        var association = new ResolverRuleAssociation(associationId, ruleId, vpcId, $"{ruleId}-{vpcId}");
        world.ResolverRuleAssociations.Add(association.Id, association);
        return association;
    }

    public static bool Disassociate(SandboxWorld world, string ruleId, string vpcId)
    {
        ArgumentNullException.ThrowIfNull(world);
        var doomed = world.ResolverRuleAssociations.Values.Where(a => a.ResolverRuleId == ruleId && a.VpcId == vpcId).Select(a => a.Id).ToList();
        doomed.ForEach(id => world.ResolverRuleAssociations.Remove(id));
        return doomed.Count > 0;
    }

    private static string Arn(SandboxWorld world, string resource) => $"arn:aws:route53resolver:{world.Region}:{world.AccountId}:{resource}";
}
