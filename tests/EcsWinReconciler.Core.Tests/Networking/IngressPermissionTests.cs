using EcsWinReconciler.Core.Networking;

namespace EcsWinReconciler.Core.Tests.Networking;

public class IngressPermissionTests
{
    private static IngressPermission Rule(string protocol, string ports, string cidr) =>
        new(IpProtocol.Parse(protocol), PortRange.TryParse(ports, out var r, out _) ? r.Value : throw new ArgumentException(ports), RuleSource.FromCidr(Cidr.Parse(cidr)));

    private static readonly IngressPermission RdpFromWorld = Rule("tcp", "3389", "0.0.0.0/0");

    [Theory]
    [InlineData("tcp", "3389", "0.0.0.0/0", true)]
    [InlineData("tcp", "3000-4000", "0.0.0.0/0", true)]
    [InlineData("-1", "all", "0.0.0.0/0", true)]
    [InlineData("6", "3389", "0.0.0.0/0", true)]
    [InlineData("tcp", "3389", "10.0.0.0/8", false)]
    [InlineData("tcp", "3389", "::/0", false)]
    [InlineData("udp", "3389", "0.0.0.0/0", false)]
    [InlineData("tcp", "80", "0.0.0.0/0", false)]
    [InlineData("icmp", "all", "0.0.0.0/0", false)]
    public void Grants_RdpFromWorld_MatchesOnlyWhatOpensIt(string protocol, string ports, string cidr, bool expected) =>
        Assert.Equal(expected, Rule(protocol, ports, cidr).Grants(RdpFromWorld));

    [Fact]
    public void Satisfies_AllTrafficRule_SatisfiesAnyNarrowerRequirement()
    {
        var all = Rule("-1", "all", "10.0.0.0/8");
        Assert.True(all.Satisfies(Rule("tcp", "80", "10.1.0.0/16")));
        Assert.False(all.Satisfies(Rule("tcp", "80", "0.0.0.0/0")));
    }

    [Fact]
    public void Satisfies_GroupSource_NeedsTheSameGroup()
    {
        var fromAlb = new IngressPermission(IpProtocol.Tcp, PortRange.Single(80), RuleSource.FromGroup("sg-0123456789abcdef0"));
        var fromOther = new IngressPermission(IpProtocol.Tcp, PortRange.Single(80), RuleSource.FromGroup("sg-0fedcba9876543210"));
        Assert.True(fromAlb.Satisfies(fromAlb));
        Assert.False(fromOther.Satisfies(fromAlb));
        Assert.False(Rule("tcp", "80", "0.0.0.0/0").Satisfies(fromAlb));
    }

    [Fact]
    public void Constructor_ProtocolWithoutPorts_NormalisesToAllPorts() =>
        Assert.True(new IngressPermission(IpProtocol.Icmp, PortRange.Single(8), RuleSource.FromCidr(Cidr.AnyIPv4)).Ports.IsAll);
}
