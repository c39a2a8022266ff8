using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.Core.Ports;

namespace EcsWinReconciler.TestSupport.Crashes;

/// <summary><see cref="IResolverObserver"/> under a <see cref="CrashPlan"/>.</summary>
public sealed class CrashingResolverObserver(IResolverObserver inner, CrashPlan plan) : IResolverObserver
{
    public Task<IReadOnlyList<ResolverRuleObservation>> DescribeRulesForVpcAsync(string vpcId, CancellationToken cancellationToken) =>
        plan.CallAsync("route53resolver.ListResolverRules", false, () => inner.DescribeRulesForVpcAsync(vpcId, cancellationToken));
}
