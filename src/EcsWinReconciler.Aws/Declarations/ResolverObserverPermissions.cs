using EcsWinReconciler.Aws.Resolver;
using EcsWinReconciler.Core.Ports;

namespace EcsWinReconciler.Aws.Declarations;

/// <summary>
/// What <see cref="ResolverObserver"/> calls: the VPC's rule associations (no resource-level permission), each rule and its
/// outbound endpoint (by their ARNs), and the endpoint's groups through EC2.
/// </summary>
internal static class ResolverObserverPermissions
{
    public static AdapterIamDeclaration Declared { get; } = new(nameof(ResolverObserver), nameof(IResolverObserver), new Dictionary<string, IReadOnlyList<IamGrant>>
    {
        [nameof(ResolverObserver.DescribeRulesForVpcAsync)] =
        [
            new("route53resolver:ListResolverRuleAssociations", IamResource.Any),
            new("route53resolver:GetResolverRule", IamResource.ResolverRules),
            new("route53resolver:GetResolverEndpoint", IamResource.ResolverEndpoints),
            new("ec2:DescribeSecurityGroups", IamResource.Any),
            new("ec2:DescribeSecurityGroupRules", IamResource.Any),
        ],
    });
}
