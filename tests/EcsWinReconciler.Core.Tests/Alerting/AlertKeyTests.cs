using EcsWinReconciler.Core.Alerting;
using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.TestSupport.Specimens;

namespace EcsWinReconciler.Core.Tests.Alerting;

/// <summary>Alert keys name spec, check and root; keys of the earlier per-resource scheme and other text name none.</summary>
public class AlertKeyTests
{
    [Fact]
    public void TryParse_AKeyOfThisScheme_GivesSpecCheckAndRoot() =>
        Assert.Equal(("iis-webserver", CheckIds.VpcDnsSupport, FindingRoot.Vpc(Ids.VpcId)), AlertKey.TryParse($"iis-webserver:dns.vpc-support@vpc:{Ids.VpcId}"));

    [Theory]
    [InlineData("iis-webserver:sg.forbidden-ingress/sg-0123456789abcdef0/sgr-1")]
    [InlineData("@vpc:vpc-1")]
    [InlineData("vpc:vpc-1")]
    [InlineData(":dns.vpc-support@vpc:vpc-1")]
    [InlineData("dns.vpc-support@vpc:vpc-1")]
    [InlineData("iis-webserver:dns.vpc-support@volume:vol-1")]
    public void TryParse_KeysOfEarlierVersionsOrNoKeyAtAll_AreNull(string key) => Assert.Null(AlertKey.TryParse(key));

    [Fact]
    public void IsLegacy_OnlyKeysWithoutARoot()
    {
        Assert.True(AlertKey.IsLegacy("iis-webserver:sg.forbidden-ingress/sg-0123456789abcdef0/sgr-1"));
        Assert.False(AlertKey.IsLegacy($"iis-webserver:dns.vpc-support@vpc:{Ids.VpcId}"));
    }
}
