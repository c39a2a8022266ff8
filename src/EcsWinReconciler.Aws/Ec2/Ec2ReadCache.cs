using EcsWinReconciler.Aws.Caching;
using EcsWinReconciler.Core.Observation;

namespace EcsWinReconciler.Aws.Ec2;

/// <summary>
/// The EC2 reads worth keeping: VPC DNS observations, DHCP option sets, security groups with their rules,
/// instance-type ENI limits, each host's type and attached-ENI count, and subnets with their ACL and routes. Hold one per process (it survives warm invocations) and give the same instance to
/// <see cref="Ec2NetworkObserver"/> and <see cref="Ec2Actuator"/>: the actuator invalidates what it has just edited.
/// </summary>
public sealed class Ec2ReadCache
{
    public Ec2ReadCache(TimeProvider time, Ec2CacheOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(time);
        var ttl = options ?? Ec2CacheOptions.Default;
        VpcDns = new(time, ttl.VpcDnsTtl);
        DhcpOptions = new(time, ttl.DhcpOptionsTtl);
        SecurityGroups = new(time, ttl.SecurityGroupTtl);
        InstanceTypeMaxEnis = new(time, ttl.InstanceTypeTtl);
        HostInstanceTypes = new(time, ttl.HostInstanceTypeTtl);
        HostEniCounts = new(time, ttl.HostEniCountTtl);
        Subnets = new(time, ttl.SubnetTtl);
    }

    internal TtlCache<string, VpcDnsObservation> VpcDns { get; }

    internal TtlCache<string, DhcpOptionsObservation> DhcpOptions { get; }

    /// <summary>Null values record "this group does not exist".</summary>
    internal TtlCache<string, ObservedSecurityGroup?> SecurityGroups { get; }

    internal TtlCache<string, int> InstanceTypeMaxEnis { get; }

    /// <summary>A host's instance type; null records "EC2 no longer knows it, or it is terminated".</summary>
    internal TtlCache<string, string?> HostInstanceTypes { get; }

    /// <summary>ENIs attached to a host (its primary one included).</summary>
    internal TtlCache<string, int> HostEniCounts { get; }

    /// <summary>A subnet with its ACL, route table and VPC block; null records "this subnet does not exist".</summary>
    internal TtlCache<string, SubnetObservation?> Subnets { get; }

    /// <summary>Forget a group's rules, e.g. after a rule edit or a CloudTrail event about the group.</summary>
    public void InvalidateSecurityGroup(string groupId) => SecurityGroups.Invalidate(groupId);

    /// <summary>Forget a VPC's DNS attributes and DHCP option set id (after ModifyVpcAttribute or AssociateDhcpOptions).</summary>
    public void InvalidateVpc(string vpcId) => VpcDns.Invalidate(vpcId);

    /// <summary>
    /// Forget what an event says changed: groups by id, a VPC by id, a subnet by id. A DHCP option set never changes in place
    /// (EC2 creates a new one), so only its VPC's association matters. An ACL, a route table or an association id drops every
    /// subnet kept: the event names the ACL or table (or only the association), not the subnets that use it, and subnets
    /// reload in four calls per 200.
    /// </summary>
    public void Forget(IEnumerable<string> resourceIds)
    {
        ArgumentNullException.ThrowIfNull(resourceIds);
        foreach (var id in resourceIds)
        {
            if (id.StartsWith("sg-", StringComparison.Ordinal))
            {
                InvalidateSecurityGroup(id);
            }
            else if (id.StartsWith("vpc-", StringComparison.Ordinal))
            {
                InvalidateVpc(id);
            }
            else if (id.StartsWith("subnet-", StringComparison.Ordinal))
            {
                Subnets.Invalidate(id);
            }
            else if (PathIdPrefixes.Any(prefix => id.StartsWith(prefix, StringComparison.Ordinal)))
            {
                Subnets.Clear();
            }
        }
    }

    /// <summary>Ids whose change may change any subnet's path: ACLs, route tables and their associations.</summary>
    private static readonly string[] PathIdPrefixes = ["acl-", "aclassoc-", "rtb-", "rtbassoc-"];

    public void InvalidateAll()
    {
        Subnets.Clear();
        VpcDns.Clear();
        DhcpOptions.Clear();
        SecurityGroups.Clear();
        InstanceTypeMaxEnis.Clear();
        HostInstanceTypes.Clear();
        HostEniCounts.Clear();
    }
}
