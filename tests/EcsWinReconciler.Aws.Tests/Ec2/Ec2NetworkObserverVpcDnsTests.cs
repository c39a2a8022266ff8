using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.Core.Ports;
using Microsoft.Extensions.Time.Testing;

namespace EcsWinReconciler.Aws.Tests.Ec2;

public class Ec2NetworkObserverVpcDnsTests
{
    private const string VpcId = "vpc-0a1b2c3d";
    private const string DhcpId = "dopt-0d1e2f3a";

    [Fact]
    public async Task DescribeVpcDnsAsync_CustomOptionSet_AsksOneAttributePerCallThenTheOptionSet()
    {
        await using var stub = Scripted(DhcpId);

        await Ec2NetworkObserverEniTests.Observer(stub).DescribeVpcDnsAsync(VpcId, CancellationToken.None);

        var attributes = stub.Calls("DescribeVpcAttribute");
        Assert.Equal(["enableDnsHostnames", "enableDnsSupport"], attributes.Select(c => c["Attribute"]).Order());
        Assert.All(attributes, c => Assert.Equal(VpcId, c["VpcId"]));
        Assert.Equal([VpcId], Assert.Single(stub.Calls("DescribeVpcs")).List("VpcId"));
        Assert.Equal([DhcpId], Assert.Single(stub.Calls("DescribeDhcpOptions")).List("DhcpOptionsId"));
        Assert.Equal(4, stub.Requests.Count);
    }

    [Fact]
    public async Task DescribeVpcDnsAsync_CustomOptionSet_KeepsRawValues()
    {
        await using var stub = Scripted(DhcpId, support: true, hostnames: false);

        var dns = await Ec2NetworkObserverEniTests.Observer(stub).DescribeVpcDnsAsync(VpcId, CancellationToken.None);

        Assert.Equal(
            new VpcDnsObservation(VpcId, true, false, new DhcpOptionsObservation(DhcpId, ["10.0.0.10", "10.0.1.10"], ["corp.example.com", "example.com"])),
            dns);
    }

    [Fact]
    public async Task DescribeVpcDnsAsync_DefaultOptionSet_IsAmazonProvidedDnsWithoutAnotherCall()
    {
        await using var stub = Scripted("default");

        var dns = await Ec2NetworkObserverEniTests.Observer(stub).DescribeVpcDnsAsync(VpcId, CancellationToken.None);

        Assert.Equal(DhcpOptionsObservation.AmazonDefault(), dns.Dhcp);
        Assert.Empty(stub.Calls("DescribeDhcpOptions"));
    }

    [Fact]
    public async Task DescribeVpcDnsAsync_OptionSetWithoutServers_GivesNoServers()
    {
        await using var stub = Scripted(DhcpId, configurations: [("domain-name", ["corp.example.com"]), ("ntp-servers", ["10.0.0.5"])]);

        var dns = await Ec2NetworkObserverEniTests.Observer(stub).DescribeVpcDnsAsync(VpcId, CancellationToken.None);

        Assert.Empty(dns.Dhcp.DomainNameServers);
        Assert.Equal(["corp.example.com"], dns.Dhcp.DomainNames);
    }

    [Fact]
    public async Task DescribeVpcDnsAsync_SecondCallWithinTtl_MakesNoCallAndExpiryRereadsTheVpc()
    {
        var time = new FakeTimeProvider();
        await using var stub = Scripted(DhcpId);
        var observer = Ec2NetworkObserverEniTests.Observer(stub, time);

        var first = await observer.DescribeVpcDnsAsync(VpcId, CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(59));
        var second = await observer.DescribeVpcDnsAsync(VpcId, CancellationToken.None);
        Assert.Equal(4, stub.Requests.Count);
        Assert.Equal(first, second);

        time.Advance(TimeSpan.FromSeconds(1));
        await observer.DescribeVpcDnsAsync(VpcId, CancellationToken.None);
        Assert.Equal(4, stub.Calls("DescribeVpcAttribute").Count);
        Assert.Equal(2, stub.Calls("DescribeVpcs").Count);
        Assert.Single(stub.Calls("DescribeDhcpOptions")); // option sets live longer (10 min): they never change in place
    }

    [Fact]
    public async Task DescribeVpcDnsAsync_CachingDisabled_ReadsEc2EveryTime()
    {
        await using var stub = Scripted(DhcpId);
        var observer = new Aws.Ec2.Ec2NetworkObserver(stub.Client, new Aws.Ec2.Ec2ReadCache(new FakeTimeProvider(), Aws.Ec2.Ec2CacheOptions.Disabled));

        await observer.DescribeVpcDnsAsync(VpcId, CancellationToken.None);
        await observer.DescribeVpcDnsAsync(VpcId, CancellationToken.None);

        Assert.Equal(8, stub.Requests.Count);
    }

    [Fact]
    public async Task DescribeVpcDnsAsync_AfterInvalidateVpc_ReadsTheAttributesAgain()
    {
        await using var stub = Scripted(DhcpId);
        var observer = Ec2NetworkObserverEniTests.Observer(stub);

        await observer.DescribeVpcDnsAsync(VpcId, CancellationToken.None);
        observer.Cache.InvalidateVpc(VpcId);
        await observer.DescribeVpcDnsAsync(VpcId, CancellationToken.None);

        Assert.Equal(4, stub.Calls("DescribeVpcAttribute").Count);
    }

    [Theory]
    [InlineData(VpcId, 4)]
    [InlineData("sg-0123456789abcdef0", 2)]
    [InlineData("dopt-0d1e2f3a", 2)]
    public async Task Forget_OnlyTheNamedVpc_IsReadAgain(string forgotten, int attributeCalls)
    {
        await using var stub = Scripted(DhcpId);
        var observer = Ec2NetworkObserverEniTests.Observer(stub);

        await observer.DescribeVpcDnsAsync(VpcId, CancellationToken.None);
        observer.Cache.Forget([forgotten]);
        await observer.DescribeVpcDnsAsync(VpcId, CancellationToken.None);

        Assert.Equal(attributeCalls, stub.Calls("DescribeVpcAttribute").Count);
    }

    [Fact]
    public async Task DescribeVpcDnsAsync_VpcGone_ThrowsWithTheVpcId()
    {
        await using var stub = Scripted(DhcpId).On("DescribeVpcs", _ => Ec2Wire.Error("InvalidVpcID.NotFound", "The vpc ID 'vpc-0a1b2c3d' does not exist"));

        var error = await Assert.ThrowsAsync<AdapterException>(() => Ec2NetworkObserverEniTests.Observer(stub).DescribeVpcDnsAsync(VpcId, CancellationToken.None));

        Assert.Equal(("DescribeVpcs", VpcId, "InvalidVpcID.NotFound", false), (error.Operation, error.ResourceId, error.ErrorCode, error.IsTransient));
    }

    [Fact]
    public async Task DescribeVpcDnsAsync_FailedRead_IsNotCached()
    {
        var fail = true;
        await using var stub = Scripted(DhcpId).On("DescribeVpcs", _ => fail
            ? Ec2Wire.Error("UnauthorizedOperation", "You are not authorized to perform this operation.", 403)
            : Ec2Wire.Ok("DescribeVpcs", Ec2Xml.Vpc(VpcId, DhcpId)));
        var observer = Ec2NetworkObserverEniTests.Observer(stub);

        await Assert.ThrowsAsync<AdapterException>(() => observer.DescribeVpcDnsAsync(VpcId, CancellationToken.None));
        fail = false;
        var dns = await observer.DescribeVpcDnsAsync(VpcId, CancellationToken.None);

        Assert.Equal(DhcpId, dns.Dhcp.Id);
    }

    private static Ec2Stub Scripted(
        string dhcpOptionsId, bool support = true, bool hostnames = true, (string Key, string[] Values)[]? configurations = null) =>
        Ec2Stub.Start()
            .On("DescribeVpcAttribute", fields => Ec2Wire.Ok("DescribeVpcAttribute", fields["Attribute"] == "enableDnsSupport"
                ? Ec2Xml.VpcAttribute(fields["VpcId"], "enableDnsSupport", support)
                : Ec2Xml.VpcAttribute(fields["VpcId"], "enableDnsHostnames", hostnames)))
            .On("DescribeVpcs", Ec2Xml.Vpc(VpcId, dhcpOptionsId))
            .On("DescribeDhcpOptions", Ec2Xml.DhcpOptions(
                DhcpId,
                configurations ?? [("domain-name-servers", ["10.0.0.10", "10.0.1.10"]), ("domain-name", ["corp.example.com", "example.com"])]));
}
