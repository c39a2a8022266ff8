using EcsWinReconciler.Core.Networking;
using EcsWinReconciler.Core.Networking.Paths;

namespace EcsWinReconciler.Core.Drift;

/// <summary>
/// What a domain member needs to reach its domain controllers (docs/FACTS.md §6.4, Microsoft's "Service overview and network
/// port requirements for Windows" and "How to configure a firewall for Active Directory domains and trusts"): DNS, Kerberos,
/// RPC endpoint mapper, LDAP (and over TLS), SMB, Kerberos password change, the global catalog, and the dynamic RPC range.
/// </summary>
public static class ActiveDirectoryPorts
{
    public static PathService DnsUdp { get; } = new("DNS", IpProtocol.Udp, PortRange.Single(53));

    public static PathService DnsTcp { get; } = new("DNS", IpProtocol.Tcp, PortRange.Single(53));

    /// <summary>DNS, over both protocols (large answers and zone data go over TCP).</summary>
    public static IReadOnlyList<PathService> Dns { get; } = [DnsUdp, DnsTcp];

    public static IReadOnlyList<PathService> DomainMember { get; } =
    [
        DnsUdp,
        DnsTcp,
        new("Kerberos", IpProtocol.Tcp, PortRange.Single(88)),
        new("Kerberos", IpProtocol.Udp, PortRange.Single(88)),
        new("RPC endpoint mapper", IpProtocol.Tcp, PortRange.Single(135)),
        new("LDAP", IpProtocol.Tcp, PortRange.Single(389)),
        new("LDAP", IpProtocol.Udp, PortRange.Single(389)),
        new("SMB", IpProtocol.Tcp, PortRange.Single(445)),
        new("Kerberos password change", IpProtocol.Tcp, PortRange.Single(464)),
        new("Kerberos password change", IpProtocol.Udp, PortRange.Single(464)),
        new("LDAPS", IpProtocol.Tcp, PortRange.Single(636)),
        new("Global catalog", IpProtocol.Tcp, new PortRange(3268, 3269)),
        new("Dynamic RPC", IpProtocol.Tcp, new PortRange(49152, 65535)),
    ];
}
