using EcsWinReconciler.Core.Observation;

namespace EcsWinReconciler.Core.Tests.Observation;

public class DhcpOptionsObservationTests
{
    [Fact]
    public void AmazonDefault_NoOptionSet_AmazonProvidedDnsAndNoDomain()
    {
        var dhcp = DhcpOptionsObservation.AmazonDefault();

        Assert.Equal(DhcpOptionsObservation.DefaultId, dhcp.Id);
        Assert.Equal(["AmazonProvidedDNS"], dhcp.DomainNameServers);
        Assert.Empty(dhcp.DomainNames);
    }
}
