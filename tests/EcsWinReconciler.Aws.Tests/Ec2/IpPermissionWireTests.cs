using System.Net.Sockets;
using Amazon.EC2.Model;
using EcsWinReconciler.Aws.Ec2;
using EcsWinReconciler.Core.Networking;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PortRange = EcsWinReconciler.Core.Networking.PortRange;

namespace EcsWinReconciler.Aws.Tests.Ec2;

public class IpPermissionWireTests
{
    /// <summary>
    /// What the actuator authorizes is what the observer reads back: building the wire permission, letting EC2
    /// store it as a rule (one source per rule), and mapping the rule gives the permission we started with.
    /// </summary>
    [Property(MaxTest = 500)]
    public Property Build_ThenReadBackAsARule_GivesTheSamePermission() =>
        Prop.ForAll(Permissions().ToArbitrary(), permission =>
            IngressRuleMapping.Map(AsStoredRule(IpPermissionWire.Build(permission)))!.Permission == permission);

    [Fact]
    public void Build_ProtocolWithoutPorts_SendsMinusOne()
    {
        var wire = IpPermissionWire.Build(new IngressPermission(IpProtocol.IcmpV6, PortRange.Single(128), RuleSource.FromCidr(Cidr.AnyIPv6)));

        Assert.Equal(("icmpv6", -1, -1), (wire.IpProtocol, wire.FromPort, wire.ToPort));
        Assert.Equal("::/0", Assert.Single(wire.Ipv6Ranges).CidrIpv6);
        Assert.Null(wire.Ipv4Ranges);
        Assert.Null(wire.UserIdGroupPairs);
        Assert.Null(wire.PrefixListIds);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData(-1, -1)]
    [InlineData(8, -1)]
    [InlineData(-1, 80)]
    public void Ports_MinusOneOrAbsent_AreAllPorts(int? from, int? to) =>
        Assert.Equal(PortRange.All, IngressRuleMapping.Ports(from, to));

    [Fact]
    public void Description_UsesOnlyCharactersEc2Accepts() =>
        Assert.Matches(@"^[a-zA-Z0-9 ._\-:/()#,@\[\]+=&;{}!$*]{1,255}$", IpPermissionWire.Description);

    private static SecurityGroupRule AsStoredRule(IpPermission wire) => new()
    {
        SecurityGroupRuleId = "sgr-0123456789abcdef0",
        GroupId = "sg-0web0000",
        IsEgress = false,
        IpProtocol = wire.IpProtocol,
        FromPort = wire.FromPort,
        ToPort = wire.ToPort,
        CidrIpv4 = wire.Ipv4Ranges?.Single().CidrIp,
        CidrIpv6 = wire.Ipv6Ranges?.Single().CidrIpv6,
        PrefixListId = wire.PrefixListIds?.Single().Id,
        ReferencedGroupInfo = wire.UserIdGroupPairs?.Single() is { } pair ? new ReferencedSecurityGroup { GroupId = pair.GroupId } : null,
    };

    private static Gen<IngressPermission> Permissions() =>
        from protocol in Gen.Elements(IpProtocol.All, IpProtocol.Tcp, IpProtocol.Udp, IpProtocol.Icmp, IpProtocol.IcmpV6, new IpProtocol(47))
        from a in Gen.Choose(0, PortRange.MaxPort)
        from b in Gen.Choose(0, PortRange.MaxPort)
        from source in Sources()
        select new IngressPermission(protocol, new PortRange(Math.Min(a, b), Math.Max(a, b)), source);

    private static Gen<RuleSource> Sources() => Gen.OneOf(
        from bits in Gen.Choose(int.MinValue, int.MaxValue)
        from prefix in Gen.Choose(0, 32)
        select RuleSource.FromCidr(Masked(AddressFamily.InterNetwork, (UInt128)(uint)bits, prefix, 32)),
        from high in Gen.Choose(int.MinValue, int.MaxValue)
        from low in Gen.Choose(int.MinValue, int.MaxValue)
        from prefix in Gen.Choose(0, 128)
        select RuleSource.FromCidr(Masked(AddressFamily.InterNetworkV6, ((UInt128)(uint)high << 96) | ((UInt128)(uint)low << 17), prefix, 128)),
        Gen.Choose(0, int.MaxValue).Select(n => RuleSource.FromGroup($"sg-{n:x8}")),
        Gen.Choose(0, int.MaxValue).Select(n => RuleSource.FromPrefixList($"pl-{n:x8}")));

    private static Cidr Masked(AddressFamily family, UInt128 bits, int prefix, int width)
    {
        var all = width == 128 ? UInt128.MaxValue : uint.MaxValue;
        var mask = prefix == 0 ? UInt128.Zero : (all << (width - prefix)) & all;
        return new Cidr(family, bits & mask, prefix);
    }
}
