using EcsWinReconciler.Core.Networking;

namespace EcsWinReconciler.Core.Tests.Networking;

/// <summary>Which sources admit what another admits: a CIDR its sub-blocks, a group itself, a prefix list itself; never across kinds.</summary>
public class RuleSourceTests
{
    private static readonly RuleSource PrefixList = RuleSource.FromPrefixList("pl-0123456789abcdef0");
    private static readonly RuleSource OtherPrefixList = RuleSource.FromPrefixList("pl-0fedcba9876543210");
    private static readonly RuleSource Group = RuleSource.FromGroup("sg-0123456789abcdef0");
    private static readonly RuleSource World = RuleSource.FromCidr(Cidr.AnyIPv4);

    [Fact]
    public void Covers_APrefixList_OnlyTheSamePrefixList()
    {
        Assert.True(PrefixList.Covers(RuleSource.FromPrefixList("pl-0123456789abcdef0")));
        Assert.False(PrefixList.Covers(OtherPrefixList));
        Assert.False(PrefixList.Covers(Group));
        Assert.False(PrefixList.Covers(World));
    }

    [Fact]
    public void Covers_NeitherAGroupNorTheWorld_CoversAPrefixList()
    {
        Assert.False(Group.Covers(PrefixList));
        Assert.False(World.Covers(PrefixList));
    }

    [Fact]
    public void Covers_AGroup_OnlyTheSameGroup()
    {
        Assert.True(Group.Covers(RuleSource.FromGroup("sg-0123456789abcdef0")));
        Assert.False(Group.Covers(RuleSource.FromGroup("sg-0fedcba9876543210")));
        Assert.False(Group.Covers(World));
    }

    [Fact]
    public void Covers_ACidr_ItsSubBlocksButNoGroup()
    {
        Assert.True(World.Covers(RuleSource.FromCidr(Cidr.Parse("10.0.0.0/8"))));
        Assert.False(RuleSource.FromCidr(Cidr.Parse("10.0.0.0/8")).Covers(World));
        Assert.False(World.Covers(Group));
    }

    [Fact]
    public void IsWorld_OnlyForAWorldCidr()
    {
        Assert.True(World.IsWorld);
        Assert.True(RuleSource.FromCidr(Cidr.AnyIPv6).IsWorld);
        Assert.False(RuleSource.FromCidr(Cidr.Parse("10.0.0.0/8")).IsWorld);
        Assert.False(Group.IsWorld);
        Assert.False(PrefixList.IsWorld);
    }

    [Fact]
    public void ToString_IsTheSourceAsEc2NamesIt()
    {
        Assert.Equal("0.0.0.0/0", World.ToString());
        Assert.Equal("sg-0123456789abcdef0", Group.ToString());
        Assert.Equal("pl-0123456789abcdef0", PrefixList.ToString());
    }
}
