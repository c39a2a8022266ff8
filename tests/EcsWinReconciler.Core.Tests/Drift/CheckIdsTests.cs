using EcsWinReconciler.Core.Drift;

namespace EcsWinReconciler.Core.Tests.Drift;

/// <summary>Which remediation setting governs a check is read from its id; an id nobody knows fails loudly.</summary>
public class CheckIdsTests
{
    [Theory]
    [InlineData(CheckIds.EniSubnet, CheckGroup.Eni)]
    [InlineData(CheckIds.SecurityGroupSet, CheckGroup.SecurityGroups)]
    [InlineData(CheckIds.VpcDnsHostnames, CheckGroup.Dns)]
    [InlineData(CheckIds.HostEniCapacity, CheckGroup.Capacity)]
    [InlineData(CheckIds.ServiceRolloutStuck, CheckGroup.Service)]
    public void GroupOf_IsTheIdsFirstPart(string check, CheckGroup group) => Assert.Equal(group, CheckIds.GroupOf(check));

    [Fact]
    public void GroupOf_EveryKnownCheck_HasAGroup() => Assert.All(CheckIds.All, c => CheckIds.GroupOf(c));

    [Fact]
    public void GroupOf_UnknownCheck_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => CheckIds.GroupOf("nacl.ephemeral-ports"));

    [Fact]
    public void RootKey_OfAnUnknownKind_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => new FindingRoot((RootKind)99, "x").Key);
}
