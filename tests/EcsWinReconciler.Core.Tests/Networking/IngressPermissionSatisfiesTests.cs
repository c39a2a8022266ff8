using EcsWinReconciler.Core.Networking;

namespace EcsWinReconciler.Core.Tests.Networking;

/// <summary>
/// A required rule is satisfied only by a rule admitting all of it: the right protocol, every required port and the
/// source. A rule right in two of the three must not count, or a missing rule would never be reported or repaired.
/// </summary>
public class IngressPermissionSatisfiesTests
{
    private const string Alb = "sg-0fedcba9876543210";

    private static IngressPermission FromAlb(IpProtocol protocol, int from, int to) =>
        new(protocol, new PortRange(from, to), RuleSource.FromGroup(Alb));

    private static readonly IngressPermission HttpFromAlb = FromAlb(IpProtocol.Tcp, 80, 80);

    [Theory]
    [InlineData(80, 80, true)]
    [InlineData(1, 1024, true)]
    [InlineData(443, 443, false)]
    [InlineData(81, 90, false)]
    [InlineData(70, 79, false)]
    public void Satisfies_RightProtocolAndSource_OnlyWhenThePortsContainTheRequiredOnes(int from, int to, bool expected) =>
        Assert.Equal(expected, FromAlb(IpProtocol.Tcp, from, to).Satisfies(HttpFromAlb));

    [Fact]
    public void Satisfies_PortRangeCoveringOnlyPartOfTheRequiredRange_DoesNot() =>
        Assert.False(FromAlb(IpProtocol.Tcp, 5985, 5985).Satisfies(FromAlb(IpProtocol.Tcp, 5985, 5986)));

    [Fact]
    public void Satisfies_RightPortsAndSourceButAnotherProtocol_DoesNot() =>
        Assert.False(FromAlb(IpProtocol.Udp, 80, 80).Satisfies(HttpFromAlb));

    [Fact]
    public void Satisfies_RightProtocolAndPortsButAnotherSource_DoesNot() =>
        Assert.False(new IngressPermission(IpProtocol.Tcp, PortRange.Single(80), RuleSource.FromGroup("sg-0aaaabbbbccccdddd")).Satisfies(HttpFromAlb));

    [Fact]
    public void Grants_ForbiddenPortsOverlappingAtOneEnd_IsGranted()
    {
        var winRmFromWorld = new IngressPermission(IpProtocol.Tcp, new PortRange(5985, 5986), RuleSource.FromCidr(Cidr.AnyIPv4));

        Assert.True(new IngressPermission(IpProtocol.Tcp, new PortRange(5986, 6000), RuleSource.FromCidr(Cidr.AnyIPv4)).Grants(winRmFromWorld));
        Assert.False(new IngressPermission(IpProtocol.Tcp, new PortRange(5987, 6000), RuleSource.FromCidr(Cidr.AnyIPv4)).Grants(winRmFromWorld));
    }

    [Theory]
    [InlineData("-1", "all traffic from sg-0fedcba9876543210")]
    [InlineData("tcp", "tcp 80 from sg-0fedcba9876543210")]
    [InlineData("icmp", "icmp from sg-0fedcba9876543210")]
    public void ToString_ReadsAsTheRuleDoes(string protocol, string expected) =>
        Assert.Equal(expected, FromAlb(IpProtocol.Parse(protocol), 80, 80).ToString());
}
