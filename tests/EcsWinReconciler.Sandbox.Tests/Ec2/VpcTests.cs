using Amazon.EC2;
using Amazon.EC2.Model;
using EcsWinReconciler.Sandbox.Scenarios;
using EcsWinReconciler.Sandbox.Tests.Support;

namespace EcsWinReconciler.Sandbox.Tests.Ec2;

public class VpcTests
{
    [Fact]
    public async Task DescribeVpcs_Healthy_AdDhcpOptionsAssociated()
    {
        await using var host = await TestSandbox.StartAsync();
        using var ec2 = Ec2Clients.For(host);

        var vpc = Assert.Single((await ec2.DescribeVpcsAsync(new DescribeVpcsRequest { VpcIds = [ScenarioIds.VpcId] })).Vpcs);

        Assert.Equal(ScenarioIds.AdDhcpOptions, vpc.DhcpOptionsId);
        Assert.Equal("10.0.0.0/16", vpc.CidrBlock);
        Assert.Equal(VpcState.Available, vpc.State);
    }

    [Theory]
    [InlineData("healthy", true, true)]
    [InlineData("dns-hostnames-off", true, false)]
    public async Task DescribeVpcAttribute_OneAttributePerCall_ValuesOfTheScenario(string scenario, bool support, bool hostnames)
    {
        await using var host = await TestSandbox.StartAsync(scenario);
        using var ec2 = Ec2Clients.For(host);

        var dnsSupport = await ec2.DescribeVpcAttributeAsync(new DescribeVpcAttributeRequest { VpcId = ScenarioIds.VpcId, Attribute = VpcAttributeName.EnableDnsSupport });
        var dnsHostnames = await ec2.DescribeVpcAttributeAsync(new DescribeVpcAttributeRequest { VpcId = ScenarioIds.VpcId, Attribute = VpcAttributeName.EnableDnsHostnames });

        Assert.Equal(support, dnsSupport.EnableDnsSupport);
        Assert.Null(dnsSupport.EnableDnsHostnames);
        Assert.Equal(hostnames, dnsHostnames.EnableDnsHostnames);
        Assert.Equal(ScenarioIds.VpcId, dnsHostnames.VpcId);
        Assert.Equal(2, host.Calls.Count("ec2", "DescribeVpcAttribute"));
    }

    [Fact]
    public async Task DescribeVpcAttribute_UnknownVpc_InvalidVpcIdNotFound()
    {
        await using var host = await TestSandbox.StartAsync();
        using var ec2 = Ec2Clients.For(host);

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() =>
            ec2.DescribeVpcAttributeAsync(new DescribeVpcAttributeRequest { VpcId = "vpc-0000000000000000a", Attribute = VpcAttributeName.EnableDnsSupport }));

        Assert.Equal("InvalidVpcID.NotFound", error.ErrorCode);
    }

    [Fact]
    public async Task ModifyVpcAttribute_HostnamesOn_Applied()
    {
        await using var host = await TestSandbox.StartAsync("dns-hostnames-off");
        using var ec2 = Ec2Clients.For(host);

        await ec2.ModifyVpcAttributeAsync(new ModifyVpcAttributeRequest { VpcId = ScenarioIds.VpcId, EnableDnsHostnames = true });

        Assert.True(host.State.Read(w => w.Vpcs[ScenarioIds.VpcId].EnableDnsHostnames));
        Assert.Equal("enableDnsHostnames=true", Assert.Single(host.Admin.Writes()).Summary);
    }

    [Fact]
    public async Task ModifyVpcAttribute_HostnamesWithoutSupport_RejectedAndUnchanged()
    {
        await using var host = await TestSandbox.StartAsync("dns-hostnames-off");
        using var ec2 = Ec2Clients.For(host);
        await ec2.ModifyVpcAttributeAsync(new ModifyVpcAttributeRequest { VpcId = ScenarioIds.VpcId, EnableDnsSupport = false });

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() =>
            ec2.ModifyVpcAttributeAsync(new ModifyVpcAttributeRequest { VpcId = ScenarioIds.VpcId, EnableDnsHostnames = true }));

        Assert.Equal("InvalidParameterValue", error.ErrorCode);
        Assert.False(host.State.Read(w => w.Vpcs[ScenarioIds.VpcId].EnableDnsHostnames));
    }

    [Fact]
    public async Task ModifyVpcAttribute_TwoAttributes_InvalidParameterCombination()
    {
        await using var host = await TestSandbox.StartAsync();
        using var ec2 = Ec2Clients.For(host);

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() =>
            ec2.ModifyVpcAttributeAsync(new ModifyVpcAttributeRequest { VpcId = ScenarioIds.VpcId, EnableDnsHostnames = true, EnableDnsSupport = true }));

        Assert.Equal("InvalidParameterCombination", error.ErrorCode);
    }

    [Fact]
    public async Task ModifyVpcAttribute_DryRunParameter_UnknownParameterAsTheModelHasNone()
    {
        // botocore's ModifyVpcAttributeRequest has no DryRun member (the SDK has no property for it either).
        await using var host = await TestSandbox.StartAsync("dns-hostnames-off");
        using var wire = new WireCalls(host);

        var (status, body) = await wire.Ec2Async(("Action", "ModifyVpcAttribute"), ("VpcId", ScenarioIds.VpcId), ("EnableDnsHostnames.Value", "true"), ("DryRun", "true"));

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, status);
        Assert.Equal("UnknownParameter", body.Descendants("Code").Single().Value);
        Assert.False(host.State.Read(w => w.Vpcs[ScenarioIds.VpcId].EnableDnsHostnames));
        Assert.Empty(host.Admin.Writes());
    }

    [Fact]
    public async Task DescribeDhcpOptions_AdSet_DomainAndServersInOrder()
    {
        await using var host = await TestSandbox.StartAsync();
        using var ec2 = Ec2Clients.For(host);

        var set = Assert.Single((await ec2.DescribeDhcpOptionsAsync(new DescribeDhcpOptionsRequest { DhcpOptionsIds = [ScenarioIds.AdDhcpOptions] })).DhcpOptions);

        var servers = set.DhcpConfigurations.Single(c => c.Key == "domain-name-servers");
        Assert.Equal(["10.0.0.10", "10.0.1.10"], servers.Values);
        Assert.Equal("corp.example.com", set.DhcpConfigurations.Single(c => c.Key == "domain-name").Values.Single());
    }

    [Fact]
    public async Task CreateAndAssociateDhcpOptions_NewSet_VpcUsesIt()
    {
        await using var host = await TestSandbox.StartAsync("dhcp-missing-ad-dns");
        using var ec2 = Ec2Clients.For(host);

        var created = await ec2.CreateDhcpOptionsAsync(new CreateDhcpOptionsRequest
        {
            DhcpConfigurations =
            [
                new DhcpConfiguration { Key = "domain-name", Values = ["corp.example.com"] },
                new DhcpConfiguration { Key = "domain-name-servers", Values = ["10.0.0.10", "10.0.1.10"] },
            ],
        });
        await ec2.AssociateDhcpOptionsAsync(new AssociateDhcpOptionsRequest { VpcId = ScenarioIds.VpcId, DhcpOptionsId = created.DhcpOptions.DhcpOptionsId });

        Assert.Matches("^dopt-0[0-9a-f]{16}$", created.DhcpOptions.DhcpOptionsId);
        Assert.Equal(created.DhcpOptions.DhcpOptionsId, host.State.Read(w => w.Vpcs[ScenarioIds.VpcId].DhcpOptionsId));
        var described = await ec2.DescribeDhcpOptionsAsync(new DescribeDhcpOptionsRequest { DhcpOptionsIds = [created.DhcpOptions.DhcpOptionsId] });
        Assert.Equal(2, described.DhcpOptions.Single().DhcpConfigurations.Count);
    }

    [Fact]
    public async Task AssociateDhcpOptions_UnknownSet_InvalidDhcpOptionIdNotFound()
    {
        await using var host = await TestSandbox.StartAsync();
        using var ec2 = Ec2Clients.For(host);

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() =>
            ec2.AssociateDhcpOptionsAsync(new AssociateDhcpOptionsRequest { VpcId = ScenarioIds.VpcId, DhcpOptionsId = "dopt-0000000000000000a" }));

        Assert.Equal("InvalidDhcpOptionID.NotFound", error.ErrorCode);
    }
}
