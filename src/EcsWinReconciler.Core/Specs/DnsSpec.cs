using EcsWinReconciler.Core.Common;

namespace EcsWinReconciler.Core.Specs;

/// <summary>
/// The DNS a task must get. Null members are not checked. <see cref="Servers"/> lists IPv4 addresses or
/// <see cref="AmazonProvidedDns"/>, compared with the VPC DHCP option set's domain-name-servers.
/// </summary>
public sealed record DnsSpec(
    bool? VpcDnsSupport,
    bool? VpcDnsHostnames,
    EquatableArray<string> Servers,
    string? DomainName,
    PrivateDnsNamePolicy PrivateDnsName)
{
    public const string AmazonProvidedDns = "AmazonProvidedDNS";
}

/// <summary>Whether the task ENI must have a private DNS name (needs both VPC DNS attributes on).</summary>
public enum PrivateDnsNamePolicy
{
    Any,
    Required,
}
