using EcsWinReconciler.Sandbox.Scenarios;
using EcsWinReconciler.Sandbox.Tests.Support;

namespace EcsWinReconciler.Sandbox.Tests.Ec2;

public sealed class SubnetTests
{
    [Fact]
    public async Task DescribeSubnets_ByZone_TheSubnetWithItsFreeAddressesCountingTheEnis()
    {
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);
        var enis = host.State.Read(w => w.NetworkInterfaces.Values.Count(e => e.SubnetId == ScenarioIds.SubnetA));

        var (_, body) = await wire.Ec2Async(("Action", "DescribeSubnets"), ("Filter.1.Name", "availability-zone"), ("Filter.1.Value.1", "us-east-1a"));

        var subnet = Assert.Single(body.Descendants(), e => e.Name.LocalName == "item" && e.Parent!.Name.LocalName == "subnetSet");
        string Value(string name) => subnet.Elements().Single(e => e.Name.LocalName == name).Value;
        Assert.Equal(ScenarioIds.SubnetA, Value("subnetId"));
        Assert.Equal(ScenarioIds.VpcId, Value("vpcId"));
        Assert.Equal((251 - enis).ToString(System.Globalization.CultureInfo.InvariantCulture), Value("availableIpAddressCount"));
    }

    [Fact]
    public async Task DescribeSubnets_UnknownId_IsNotFound()
    {
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);

        var (status, body) = await wire.Ec2Async(("Action", "DescribeSubnets"), ("SubnetId.1", "subnet-0fffffffffffffff0"));

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, status);
        Assert.Contains("InvalidSubnetID.NotFound", body.ToString(), StringComparison.Ordinal);
    }
}
