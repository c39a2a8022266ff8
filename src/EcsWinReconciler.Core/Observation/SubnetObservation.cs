using EcsWinReconciler.Core.Networking;

namespace EcsWinReconciler.Core.Observation;

/// <summary>
/// A subnet (DescribeSubnets), with what decides traffic leaving it: its network ACL (DescribeNetworkAcls, by association)
/// and its route table (DescribeRouteTables: the subnet's explicit association, else the VPC's main table). ACL and routes
/// are null when they were not read.
/// </summary>
public sealed record SubnetObservation(string SubnetId, string VpcId, Cidr? Block, int AvailableIpAddressCount)
{
    public NetworkAcl? Acl { get; init; }

    public RouteTable? Routes { get; init; }

    /// <summary>The VPC's primary CIDR block (the VPC resolver is its base + 2); null when not read.</summary>
    public Cidr? VpcBlock { get; init; }
}
