using EcsWinReconciler.Aws.Ec2;
using EcsWinReconciler.Core.Ports;

namespace EcsWinReconciler.Aws.Declarations;

/// <summary>
/// What <see cref="Ec2NetworkObserver"/> calls per <see cref="INetworkObserver"/> method. EC2 Describe actions have no
/// resource-level permissions, so each is granted on "*".
/// </summary>
internal static class Ec2NetworkObserverPermissions
{
    private static readonly IamGrant DescribeNetworkInterfaces = Read("DescribeNetworkInterfaces");

    public static AdapterIamDeclaration Declared { get; } = new(nameof(Ec2NetworkObserver), nameof(INetworkObserver), new Dictionary<string, IReadOnlyList<IamGrant>>
    {
        // By id; when one is gone EC2 fails the whole call and the same ids are asked again by filter (EniQueries).
        [nameof(Ec2NetworkObserver.DescribeEnisAsync)] = [DescribeNetworkInterfaces],

        // By the attachment.instance-id filter, a page per 1,000 ENIs (EniQueries).
        [nameof(Ec2NetworkObserver.DescribeEnisOnHostsAsync)] = [DescribeNetworkInterfaces],

        // The groups, then their rules (only DescribeSecurityGroupRules gives the rule ids a revoke needs).
        [nameof(Ec2NetworkObserver.DescribeSecurityGroupsAsync)] = [Read("DescribeSecurityGroups"), Read("DescribeSecurityGroupRules")],

        // Two attributes and the DHCP option set id, then the set unless it is "default" (VpcDnsQueries).
        [nameof(Ec2NetworkObserver.DescribeVpcDnsAsync)] = [Read("DescribeVpcAttribute"), Read("DescribeVpcs"), Read("DescribeDhcpOptions")],

        // The instance's type, the type's ENI limit, and the ENIs attached to it, counted by filter (InstanceQueries).
        [nameof(Ec2NetworkObserver.DescribeHostCapacityAsync)] = [Read("DescribeInstances"), Read("DescribeInstanceTypes"), DescribeNetworkInterfaces],

        [nameof(Ec2NetworkObserver.CountEnisByGroupAsync)] = [DescribeNetworkInterfaces],

        // The subnets, their ACLs and route tables (by association; the VPC's main table for the rest), the VPCs' CIDRs (SubnetQueries).
        [nameof(Ec2NetworkObserver.DescribeSubnetsAsync)] = [Read("DescribeSubnets"), Read("DescribeNetworkAcls"), Read("DescribeRouteTables"), Read("DescribeVpcs")],
    });

    private static IamGrant Read(string operation) => new("ec2:" + operation, IamResource.Any);
}
