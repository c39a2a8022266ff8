using EcsWinReconciler.Core.Observation;

namespace EcsWinReconciler.Core.Ports;

/// <summary>Route 53 Resolver reads: the rules associated with a VPC, with their outbound endpoints' security groups.</summary>
public interface IResolverObserver
{
    Task<IReadOnlyList<ResolverRuleObservation>> DescribeRulesForVpcAsync(string vpcId, CancellationToken cancellationToken);
}
