using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Networking;

namespace EcsWinReconciler.Core.Tests.Networking;

/// <summary>How a blocked path names the ACL entry and the Active Directory service it is about (the words alerts carry).</summary>
public class NaclEntryTests
{
    [Theory]
    [InlineData(100, false, "tcp", 389, true, "10.0.0.0/16", "rule 100 (inbound allow tcp 389 from 10.0.0.0/16)")]
    [InlineData(200, true, "udp", 53, false, "10.0.1.10/32", "rule 200 (outbound deny udp 53 to 10.0.1.10/32)")]
    [InlineData(NaclEntry.DefaultRuleNumber, true, "-1", 0, false, "0.0.0.0/0", "rule * (outbound deny all traffic to 0.0.0.0/0)")]
    public void Describe_SaysNumberDirectionVerdictTrafficAndPeer(int number, bool egress, string protocol, int port, bool allow, string cidr, string expected)
    {
        var entry = new NaclEntry(number, egress, IpProtocol.Parse(protocol), PortRange.Single(port), Cidr.Parse(cidr), allow);

        Assert.Equal(expected, entry.Describe());
    }

    /// <summary>docs/FACTS.md §6.4: what a domain member must reach on its domain controllers, named as Microsoft names them.</summary>
    [Fact]
    public void DomainMemberPorts_AreMicrosoftsList()
    {
        Assert.Equal(
            [
                "DNS (udp 53)", "DNS (tcp 53)", "Kerberos (tcp 88)", "Kerberos (udp 88)", "RPC endpoint mapper (tcp 135)", "LDAP (tcp 389)",
                "LDAP (udp 389)", "SMB (tcp 445)", "Kerberos password change (tcp 464)", "Kerberos password change (udp 464)", "LDAPS (tcp 636)",
                "Global catalog (tcp 3268-3269)", "Dynamic RPC (tcp 49152-65535)",
            ],
            ActiveDirectoryPorts.DomainMember.Select(s => s.ToString()));
    }
}

/// <summary>How a path names the route that carries (or drops) its traffic.</summary>
public class RouteEntryTests
{
    [Theory]
    [InlineData("10.0.0.0/16", "local", false, "10.0.0.0/16 → local")]
    [InlineData("10.20.0.0/16", "tgw-0123456789abcdef0", true, "10.20.0.0/16 → tgw-0123456789abcdef0 (blackhole)")]
    public void Describe_DestinationTargetAndABlackhole(string destination, string target, bool blackhole, string expected) =>
        Assert.Equal(expected, new RouteEntry(Cidr.Parse(destination), target, blackhole).Describe());
}
