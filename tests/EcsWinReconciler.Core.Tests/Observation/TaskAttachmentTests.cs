using EcsWinReconciler.Core.Observation;

namespace EcsWinReconciler.Core.Tests.Observation;

public class TaskAttachmentTests
{
    [Theory]
    [InlineData("eni", true)]
    [InlineData("ENI", true)]
    [InlineData("ElasticNetworkInterface", true)]
    [InlineData("elasticnetworkinterface", true)]
    [InlineData("ServiceConnect", false)]
    public void IsEni_EventAndApiSpellings_InAnyCase(string type, bool expected) =>
        Assert.Equal(expected, new TaskAttachment("a", type, null, []).IsEni);

    [Fact]
    public void Details_AsEcsNamesThem_AreRead()
    {
        var attachment = new TaskAttachment("a", "eni", "ATTACHED",
        [
            new("subnetId", "subnet-0a1"),
            new("networkInterfaceId", "eni-0abc"),
            new("macAddress", "02:1a:2b:3c:4d:5e"),
            new("privateDnsName", "ip-10-0-1-5.eu-west-1.compute.internal"),
            new("privateIPv4Address", "10.0.1.5"),
        ]);

        Assert.Equal(
            ("subnet-0a1", "eni-0abc", "02:1a:2b:3c:4d:5e", "ip-10-0-1-5.eu-west-1.compute.internal", "10.0.1.5"),
            (attachment.SubnetId, attachment.NetworkInterfaceId, attachment.MacAddress, attachment.PrivateDnsName, attachment.PrivateIpv4Address));
    }

    [Fact]
    public void Details_MissingOrEmptyEarlyInTheLifecycle_AreNull()
    {
        var attachment = new TaskAttachment("a", "eni", "PRECREATED", [new("subnetId", "subnet-0a1"), new("networkInterfaceId", "")]);

        Assert.Null(attachment.NetworkInterfaceId);
        Assert.Null(attachment.PrivateIpv4Address);
        Assert.Equal("subnet-0a1", attachment.SubnetId);
    }

    [Fact]
    public void Detail_NameInAnotherCase_IsNotTheSameDetail() =>
        Assert.Null(new TaskAttachment("a", "eni", null, [new("NetworkInterfaceId", "eni-0abc")]).NetworkInterfaceId);
}
