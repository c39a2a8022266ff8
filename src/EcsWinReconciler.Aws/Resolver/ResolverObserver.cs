using EcsWinReconciler.Aws.Caching;
using EcsWinReconciler.Core.Common;
using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.Core.Ports;

namespace EcsWinReconciler.Aws.Resolver;

/// <summary>
/// <see cref="IResolverObserver"/> on <see cref="ResolverApiClient"/>: a VPC's associated rules (ListResolverRuleAssociations,
/// then GetResolverRule each), each FORWARD rule's outbound endpoint (GetResolverEndpoint) and that endpoint's security
/// groups with their egress rules (through the EC2 observer). Kept per VPC for a minute across warm invocations: rules
/// change rarely, and a resync reads them once per VPC.
/// </summary>
public sealed class ResolverObserver(ResolverApiClient api, INetworkObserver network, TimeProvider time) : IResolverObserver
{
    public static TimeSpan CacheTtl { get; } = TimeSpan.FromMinutes(1);

    private readonly TtlCache<string, IReadOnlyList<ResolverRuleObservation>> _byVpc = new(time, CacheTtl);

    public Task<IReadOnlyList<ResolverRuleObservation>> DescribeRulesForVpcAsync(string vpcId, CancellationToken cancellationToken) =>
        _byVpc.GetAsync(vpcId, LoadAsync, cancellationToken);

    private async Task<IReadOnlyList<ResolverRuleObservation>> LoadAsync(string vpcId, CancellationToken cancellationToken)
    {
        var rules = new List<ResolverRuleObservation>();
        foreach (var id in await api.RuleIdsForVpcAsync(vpcId, cancellationToken).ConfigureAwait(false))
        {
            if (IsAutodefined(id))
            {
                continue;
            }

            if (await api.RuleAsync(id, cancellationToken).ConfigureAwait(false) is not { DomainName: { } domain } rule)
            {
                continue;
            }

            var observed = new ResolverRuleObservation(rule.Id ?? id, domain, rule.RuleType ?? string.Empty,
                [.. (rule.TargetIps ?? []).Select(t => t.Ip).OfType<string>()], rule.ResolverEndpointId);
            rules.Add(observed with { EndpointGroups = await EndpointGroupsAsync(rule.ResolverEndpointId, cancellationToken).ConfigureAwait(false) });
        }

        return rules;
    }

    /// <summary>
    /// Rules Route 53 Resolver defines itself (<c>rslvr-autodefined-…</c>: the Internet Resolver every VPC is associated with,
    /// the reverse-lookup ones) are RECURSIVE or SYSTEM, never FORWARD: not read, which saves a call per VPC.
    /// </summary>
    public static bool IsAutodefined(string ruleId) => ruleId.StartsWith("rslvr-autodefined-", StringComparison.Ordinal);

    private async Task<EquatableArray<ObservedSecurityGroup>> EndpointGroupsAsync(string? endpointId, CancellationToken cancellationToken)
    {
        if (endpointId is null || await api.EndpointAsync(endpointId, cancellationToken).ConfigureAwait(false) is not { SecurityGroupIds: { Count: > 0 } groups })
        {
            return [];
        }

        return [.. await network.DescribeSecurityGroupsAsync(groups, cancellationToken).ConfigureAwait(false)];
    }
}
