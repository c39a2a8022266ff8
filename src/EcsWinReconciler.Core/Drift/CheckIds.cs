namespace EcsWinReconciler.Core.Drift;

/// <summary>Stable check identifiers: they appear in finding ids, alert keys, SNS attributes and docs.</summary>
public static class CheckIds
{
    public const string EniPresent = "eni.present";
    public const string EniAttached = "eni.attached";
    public const string EniSubnet = "eni.subnet";
    public const string EniPrivateIpv4 = "eni.private-ipv4";
    public const string EniPublicIp = "eni.public-ip";
    public const string EniDescription = "eni.description";
    public const string SecurityGroupSet = "sg.set";
    public const string ForbiddenIngress = "sg.forbidden-ingress";
    public const string RequiredIngress = "sg.required-ingress";
    public const string VpcDnsSupport = "dns.vpc-support";
    public const string VpcDnsHostnames = "dns.vpc-hostnames";
    public const string DhcpDnsServers = "dns.servers";
    public const string DhcpDomainName = "dns.domain-name";
    public const string DhcpDomainNameMultiValue = "dns.domain-name-multivalue";
    public const string PrivateDnsName = "dns.private-dns-name";
    public const string HostEniCapacity = "capacity.host-eni";
    public const string ServiceRolloutStuck = "service.rollout-stuck";
    public const string EniSubnetCapacity = "eni.subnet-capacity";
    public const string HostAwsvpcReady = "host.awsvpc-ready";
    public const string DnsPath = "dns.path";
    public const string DnsResolverRule = "dns.resolver-rule";
    public const string AdPath = "ad.path";

    public static IReadOnlyList<string> All { get; } =
    [
        EniPresent, EniAttached, EniSubnet, EniPrivateIpv4, EniPublicIp, EniDescription,
        SecurityGroupSet, ForbiddenIngress, RequiredIngress,
        VpcDnsSupport, VpcDnsHostnames, DhcpDnsServers, DhcpDomainName, DhcpDomainNameMultiValue, PrivateDnsName,
        HostEniCapacity, ServiceRolloutStuck,
        EniSubnetCapacity, HostAwsvpcReady, DnsPath, DnsResolverRule, AdPath,
    ];

    public static CheckGroup GroupOf(string check) => check.Split('.')[0] switch
    {
        "eni" => CheckGroup.Eni,
        "sg" => CheckGroup.SecurityGroups,
        "dns" => CheckGroup.Dns,
        "capacity" => CheckGroup.Capacity,
        "service" => CheckGroup.Service,
        "host" => CheckGroup.Capacity,
        "ad" => CheckGroup.Dns,
        _ => throw new ArgumentOutOfRangeException(nameof(check), check, "unknown check id"),
    };
}
