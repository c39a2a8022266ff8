using EcsWinReconciler.Core.Networking;
using FsCheck;
using FsCheck.Xunit;

namespace EcsWinReconciler.Core.Tests.Networking;

public class CidrTests
{
    [Theory]
    [InlineData("0.0.0.0/0", true)]
    [InlineData("::/0", true)]
    [InlineData("10.0.0.0/8", false)]
    [InlineData("2001:db8::/32", false)]
    public void IsWorld_OnlyPrefixZero_IsTheWorld(string text, bool world) =>
        Assert.Equal(world, Cidr.Parse(text).IsWorld);

    [Theory]
    [InlineData("10.0.0.1/8", "host bits set; did you mean 10.0.0.0/8?")]
    [InlineData("10.0.0.0/33", "invalid prefix length")]
    [InlineData("10.0.0/8", "invalid address")]
    [InlineData("10.0.0.0", "not a CIDR block")]
    [InlineData("/16", "not a CIDR block")]
    [InlineData("10.0.0.0/", "not a CIDR block")]
    [InlineData("", "is empty")]
    [InlineData("2001:db8::1/32", "host bits set")]
    [InlineData("::/129", "invalid prefix length")]
    public void TryParse_Malformed_SaysWhatIsWrong(string text, string problemFragment)
    {
        Assert.False(Cidr.TryParse(text, out _, out var problem));
        Assert.Contains(problemFragment, problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0.0.0.0/0", "10.0.0.0/8", true)]
    [InlineData("10.0.0.0/8", "0.0.0.0/0", false)]
    [InlineData("10.0.0.0/8", "10.1.0.0/16", true)]
    [InlineData("10.1.0.0/16", "10.2.0.0/16", false)]
    [InlineData("0.0.0.0/0", "::/0", false)]
    [InlineData("::/0", "2001:db8::/32", true)]
    [InlineData("192.168.1.7/32", "192.168.1.7/32", true)]
    public void Contains_FollowsPrefixesAndFamilies(string outer, string inner, bool expected) =>
        Assert.Equal(expected, Cidr.Parse(outer).Contains(Cidr.Parse(inner)));

    [Fact]
    public void ToString_RoundTripsCanonicalForms()
    {
        Assert.Equal("10.20.0.0/16", Cidr.Parse("10.20.0.0/16").ToString());
        Assert.Equal("2001:db8::/32", Cidr.Parse("2001:db8::/32").ToString());
    }

    [Property]
    public void Contains_IsReflexiveAndWorldContainsEveryIPv4Block(uint address, byte prefixSeed)
    {
        var prefix = prefixSeed % 33;
        var network = prefix == 0 ? 0u : address & (uint.MaxValue << (32 - prefix));
        var text = $"{network >> 24}.{(network >> 16) & 255}.{(network >> 8) & 255}.{network & 255}/{prefix}";
        var cidr = Cidr.Parse(text);
        Assert.True(cidr.Contains(cidr));
        Assert.True(Cidr.AnyIPv4.Contains(cidr));
        Assert.Equal(text, cidr.ToString());
    }

    /// <summary>A single address (a domain controller, a resolver) as its own block; anything else is not an address.</summary>
    [Theory]
    [InlineData("10.0.1.10", "10.0.1.10/32", "10.0.1.10")]
    [InlineData("2001:db8::53", "2001:db8::53/128", "2001:db8::53")]
    [InlineData("10.0.1", null, null)]
    [InlineData("dc1.corp.example.com", null, null)]
    [InlineData(null, null, null)]
    public void Host_AnAddress_ItsOwnBlock(string? text, string? block, string? address)
    {
        var host = Cidr.Host(text);

        Assert.Equal(block, host?.ToString());
        Assert.Equal(address, host?.AddressText);
    }

    /// <summary>The VPC resolver is the VPC's base address plus two, as a single address.</summary>
    [Theory]
    [InlineData("10.0.0.0/16", 2, "10.0.0.2/32")]
    [InlineData("172.31.0.0/16", 2, "172.31.0.2/32")]
    [InlineData("fd00:ec2::/56", 2, "fd00:ec2::2/128")]
    public void AddressAt_ThatManyAfterTheBase(string vpc, int offset, string expected) =>
        Assert.Equal(expected, Cidr.Parse(vpc).AddressAt(offset).ToString());
}
