using EcsWinReconciler.Core.Common;

namespace EcsWinReconciler.Core.Observation;

/// <summary>
/// A Route 53 Resolver rule associated with the task's VPC (ListResolverRuleAssociations + GetResolverRule): FORWARD rules
/// send queries for <see cref="DomainName"/> (and its subdomains) to <see cref="TargetIps"/> through an outbound endpoint,
/// whose security groups must let DNS out to them.
/// </summary>
public sealed record ResolverRuleObservation(string RuleId, string DomainName, string RuleType, EquatableArray<string> TargetIps, string? EndpointId)
{
    public const string Forward = "FORWARD";

    /// <summary>The outbound endpoint's security groups (with their egress rules); empty when it was not read.</summary>
    public EquatableArray<ObservedSecurityGroup> EndpointGroups { get; init; } = [];
}
