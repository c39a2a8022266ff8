using System.Text.Json.Nodes;
using EcsWinReconciler.Sandbox.State;
using EcsWinReconciler.Sandbox.Wire;

namespace EcsWinReconciler.Sandbox.Resolver;

/// <summary>Resolver shapes as JSON: members PascalCase as the model spells them (<c>VPCId</c>, <c>HostVPCId</c>), times as RFC 3339 strings.</summary>
internal static class ResolverJson
{
    public static JsonObject Association(ResolverRuleAssociation association) => new()
    {
        ["Id"] = association.Id,
        ["ResolverRuleId"] = association.ResolverRuleId,
        ["Name"] = association.Name,
        ["VPCId"] = association.VpcId,
        ["Status"] = association.Status,
        ["StatusMessage"] = string.Empty,
    };

    public static JsonObject Rule(ResolverRule rule)
    {
        var json = new JsonObject
        {
            ["Id"] = rule.Id,
            ["CreatorRequestId"] = string.Empty,
            ["Arn"] = rule.Arn,
            ["DomainName"] = rule.DomainName,
            ["Status"] = "COMPLETE",
            ["StatusMessage"] = string.Empty,
            ["RuleType"] = rule.RuleType,
            ["Name"] = rule.Name,
        };

        // Only FORWARD rules have targets and an endpoint; the others leave both out.
        if (rule.RuleType == ResolverRule.Forward)
        {
            json["TargetIps"] = EcsJson.Array(rule.TargetIps.Select(t => (JsonNode)new JsonObject { ["Ip"] = t.Ip, ["Port"] = t.Port }));
        }

        return json.With("ResolverEndpointId", rule.ResolverEndpointId)
            .With("OwnerId", rule.OwnerId)
            .With("ShareStatus", rule.ShareStatus)
            .With("CreationTime", Timestamps.Iso(rule.CreatedAt))
            .With("ModificationTime", Timestamps.Iso(rule.CreatedAt));
    }

    public static JsonObject Endpoint(ResolverEndpoint endpoint) => new()
    {
        ["Id"] = endpoint.Id,
        ["CreatorRequestId"] = endpoint.Id,
        ["Arn"] = endpoint.Arn,
        ["Name"] = endpoint.Name,
        ["SecurityGroupIds"] = EcsJson.Strings(endpoint.SecurityGroupIds),
        ["Direction"] = endpoint.Direction,
        ["IpAddressCount"] = endpoint.IpAddressCount,
        ["HostVPCId"] = endpoint.HostVpcId,
        ["Status"] = endpoint.Status,
        ["StatusMessage"] = "This Resolver Endpoint is operational.",
        ["CreationTime"] = Timestamps.Iso(endpoint.CreatedAt),
        ["ModificationTime"] = Timestamps.Iso(endpoint.CreatedAt),
    };
}
