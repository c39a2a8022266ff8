using EcsWinReconciler.Core.Networking;
using EcsWinReconciler.Core.Specs;

namespace EcsWinReconciler.Core.Tests.Specs;

public class SpecDefaultsTests
{
    [Theory]
    [InlineData("tcp", 3389, "0.0.0.0/0")]
    [InlineData("tcp", 3389, "::/0")]
    [InlineData("tcp", 5985, "0.0.0.0/0")]
    [InlineData("tcp", 5986, "::/0")]
    public void ForbiddenIngress_ForbidsRemoteManagementFromAnywhere(string protocol, int port, string cidr)
    {
        var opening = new IngressPermission(IpProtocol.Parse(protocol), PortRange.Single(port), RuleSource.FromCidr(Cidr.Parse(cidr)));

        Assert.Contains(SpecDefaults.ForbiddenIngress, rule => opening.Grants(rule.Permission));
    }

    [Fact]
    public void ForbiddenIngress_LeavesWebAndPrivateRdpAlone()
    {
        var web = new IngressPermission(IpProtocol.Tcp, PortRange.Single(443), RuleSource.FromCidr(Cidr.AnyIPv4));
        var privateRdp = new IngressPermission(IpProtocol.Tcp, PortRange.Single(3389), RuleSource.FromCidr(Cidr.Parse("10.0.0.0/8")));

        Assert.DoesNotContain(SpecDefaults.ForbiddenIngress, rule => web.Grants(rule.Permission) || privateRdp.Grants(rule.Permission));
        Assert.All(SpecDefaults.ForbiddenIngress, rule => Assert.Null(rule.Group));
    }
}
