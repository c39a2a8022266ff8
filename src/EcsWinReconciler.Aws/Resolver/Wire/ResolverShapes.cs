namespace EcsWinReconciler.Aws.Resolver.Wire;

// The Route 53 Resolver JSON 1.1 bodies we send and read, named as the botocore model's shapes (PascalCase members, as
// the model spells them). Only the members the forwarding-rule check needs; unknown members are ignored.

internal sealed record ResolverFilter(string Name, IReadOnlyList<string> Values);

internal sealed record ListResolverRuleAssociationsRequest(IReadOnlyList<ResolverFilter> Filters, int? MaxResults, string? NextToken);

internal sealed record ListResolverRuleAssociationsResponse(IReadOnlyList<ResolverRuleAssociation>? ResolverRuleAssociations, string? NextToken);

internal sealed record ResolverRuleAssociation(string? Id, string? ResolverRuleId, string? VPCId, string? Status);

internal sealed record GetResolverRuleRequest(string ResolverRuleId);

internal sealed record GetResolverRuleResponse(ResolverRule? ResolverRule);

internal sealed record ResolverRule(string? Id, string? DomainName, string? RuleType, string? Status, IReadOnlyList<TargetAddress>? TargetIps, string? ResolverEndpointId);

internal sealed record TargetAddress(string? Ip, int? Port);

internal sealed record GetResolverEndpointRequest(string ResolverEndpointId);

internal sealed record GetResolverEndpointResponse(ResolverEndpoint? ResolverEndpoint);

internal sealed record ResolverEndpoint(string? Id, string? Direction, IReadOnlyList<string>? SecurityGroupIds, string? HostVPCId);
