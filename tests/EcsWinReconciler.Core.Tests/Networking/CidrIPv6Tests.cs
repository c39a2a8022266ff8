using EcsWinReconciler.Core.Networking;

namespace EcsWinReconciler.Core.Tests.Networking;

/// <summary>IPv6 blocks other than ::/0: prefixes are counted over 128 bits, never 32.</summary>
public class CidrIPv6Tests
{
    [Theory]
    [InlineData("2001:db8::/32", "2001:db8:1::/48", true)]
    [InlineData("2001:db8::/32", "2001:db9::/32", false)]
    [InlineData("2001:db8::/32", "2001:db9::/48", false)]
    [InlineData("2001:db8:1::/48", "2001:db8::/32", false)]
    [InlineData("2001:db8::/127", "2001:db8::1/128", true)]
    [InlineData("2001:db8::/128", "2001:db8::1/128", false)]
    [InlineData("::/0", "2001:db8::/32", true)]
    [InlineData("2001:db8::/32", "0.0.0.0/0", false)]
    public void Contains_FollowsPrefixesOver128Bits(string outer, string inner, bool expected) =>
        Assert.Equal(expected, Cidr.Parse(outer).Contains(Cidr.Parse(inner)));

    [Theory]
    [InlineData("2001:db8::/32", "2001:db8:ffff::/48", true)]
    [InlineData("2001:db8:ffff::/48", "2001:db8::/32", true)]
    [InlineData("2001:db8::/48", "2001:db8:1::/48", false)]
    public void Overlaps_EitherContainsTheOther(string a, string b, bool expected) =>
        Assert.Equal(expected, Cidr.Parse(a).Overlaps(Cidr.Parse(b)));

    [Theory]
    [InlineData("2001:db8::1/128")]
    [InlineData("fd00:ec2::/64")]
    [InlineData("::/0")]
    public void ToString_RoundTrips(string text) => Assert.Equal(text, Cidr.Parse(text).ToString());

    [Fact]
    public void TryParse_IPv6HostBitsBelowTheMask_SuggestsTheNetwork()
    {
        Assert.False(Cidr.TryParse("2001:db8::1/127", out _, out var problem));
        Assert.Equal("has host bits set; did you mean 2001:db8::/127?", problem);
    }

    [Fact]
    public void IsIPv6_OnlyForTheIPv6Family()
    {
        Assert.True(Cidr.Parse("2001:db8::/32").IsIPv6);
        Assert.False(Cidr.Parse("10.0.0.0/8").IsIPv6);
    }
}
