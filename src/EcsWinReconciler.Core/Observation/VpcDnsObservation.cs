using EcsWinReconciler.Core.Common;

namespace EcsWinReconciler.Core.Observation;

/// <summary>
/// The VPC's DNS attributes (DescribeVpcAttribute, one per call) and its DHCP option set. A VPC whose
/// option set is "default" or absent uses AmazonProvidedDNS.
/// </summary>
public sealed record VpcDnsObservation(string VpcId, bool DnsSupport, bool DnsHostnames, DhcpOptionsObservation Dhcp);

/// <summary>
/// A DHCP option set. <see cref="DomainNames"/> keeps the raw values of <c>domain-name</c>: more than one value,
/// or one value with spaces, is the Windows pitfall (Windows reads it as a single domain).
/// </summary>
public sealed record DhcpOptionsObservation(string Id, EquatableArray<string> DomainNameServers, EquatableArray<string> DomainNames)
{
    public const string DefaultId = "default";

    public static DhcpOptionsObservation AmazonDefault(string id = DefaultId) =>
        new(id, ["AmazonProvidedDNS"], []);
}
