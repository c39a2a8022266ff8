namespace EcsWinReconciler.Core.Tests.Specs;

/// <summary>dns rules: attribute contradictions, DHCP server limits and the one-domain rule of Windows.</summary>
public class SpecReaderDnsRuleTests
{
    [Theory]
    [InlineData("dns: { vpcDnsSupport: false, vpcDnsHostnames: true }", "spec.dns.vpcDnsHostnames",
        "true needs vpcDnsSupport: true (a VPC cannot have DNS hostnames without DNS support)")]
    [InlineData("dns: { vpcDnsHostnames: false, privateDnsName: required }", "spec.dns.privateDnsName",
        "required needs vpcDnsSupport and vpcDnsHostnames both true (a task gets a private DNS name only then), but vpcDnsHostnames is false")]
    [InlineData("dns: { vpcDnsSupport: false, vpcDnsHostnames: false, privateDnsName: required }", "spec.dns.privateDnsName",
        "required needs vpcDnsSupport and vpcDnsHostnames both true (a task gets a private DNS name only then), but vpcDnsSupport and vpcDnsHostnames are false")]
    [InlineData("dns: { servers: [10.0.0.256] }", "spec.dns.servers[0]", "\"10.0.0.256\" is not an IPv4 address or AmazonProvidedDNS")]
    [InlineData("dns: { servers: [\"fd00:ec2::253\"] }", "spec.dns.servers[0]", "\"fd00:ec2::253\" is not an IPv4 address or AmazonProvidedDNS")]
    [InlineData("dns: { servers: [amazonprovideddns] }", "spec.dns.servers[0]",
        "\"amazonprovideddns\" is not an IPv4 address or AmazonProvidedDNS; did you mean \"AmazonProvidedDNS\"?")]
    [InlineData("dns: { servers: [10.0.0.10, 10.0.0.10] }", "spec.dns.servers[1]", "\"10.0.0.10\" is listed twice (first at [0])")]
    [InlineData("dns: { servers: [10.0.0.1, 10.0.0.2, 10.0.0.3, 10.0.0.4, 10.0.0.5] }", "spec.dns.servers",
        "has 5 items, more than 4 (a DHCP option set holds at most 4 DNS servers)")]
    [InlineData("dns: { servers: [] }", "spec.dns.servers", "needs at least 1 item; leave the field out to skip this check")]
    [InlineData("dns: { domainName: corp.example.com example.com }", "spec.dns.domainName",
        "\"corp.example.com example.com\" holds more than one domain; Windows reads a multi-value domain-name as one single domain, so give exactly one")]
    [InlineData("dns: { domainName: 'a.example.com,b.example.com' }", "spec.dns.domainName",
        "\"a.example.com,b.example.com\" holds more than one domain; Windows reads a multi-value domain-name as one single domain, so give exactly one")]
    [InlineData("dns: { domainName: -corp.example.com }", "spec.dns.domainName", "\"-corp.example.com\" is not a DNS domain name (e.g. corp.example.com)")]
    [InlineData("dns: { privateDnsName: yes }", "spec.dns.privateDnsName", "\"yes\" is not one of required, any")]
    public void Read_BadDns_ReportsAtThePath(string fragment, string path, string message)
    {
        var error = SpecRead.SingleError(SpecSamples.WithSpec(fragment));

        Assert.Equal(path, error.Path);
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Read_DomainControllers_AreFourServersAtMost()
    {
        var dns = SpecRead.ValidBody("dns: { servers: [10.0.0.10, 10.0.1.10, 10.0.2.10, AmazonProvidedDNS], privateDnsName: any }").Dns!;

        Assert.Equal(["10.0.0.10", "10.0.1.10", "10.0.2.10", "AmazonProvidedDNS"], dns.Servers);
        Assert.Null(dns.VpcDnsSupport);
        Assert.Null(dns.DomainName);
    }

    [Fact]
    public void Read_PrivateDnsNameRequiredWithAttributesUnstated_IsAllowed() =>
        Assert.Equal(Core.Specs.PrivateDnsNamePolicy.Required, SpecRead.ValidBody("dns: { privateDnsName: required }").Dns!.PrivateDnsName);
}
