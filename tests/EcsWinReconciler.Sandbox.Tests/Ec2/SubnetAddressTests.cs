using System.Net;
using Amazon.EC2.Model;
using EcsWinReconciler.Sandbox.Scenarios;
using EcsWinReconciler.Sandbox.Tests.Support;

namespace EcsWinReconciler.Sandbox.Tests.Ec2;

public class SubnetAddressTests
{
    [Fact]
    public async Task AvailableIpAddressCount_TasksStartedThenStopped_DownByTheirEnisThenBackUp()
    {
        await using var host = await TestSandbox.StartAsync();
        using var ec2 = Ec2Clients.For(host);
        using var wire = new WireCalls(host);
        var before = await FreeAsync(ec2);

        await ScaleAsync(wire, 4);
        var scaled = await FreeAsync(ec2);
        await ScaleAsync(wire, 0);
        var stopped = await FreeAsync(ec2);

        Assert.Equal(before.A + before.B - 2, scaled.A + scaled.B);
        Assert.Equal(before.A + before.B + 2, stopped.A + stopped.B);
    }

    [Fact]
    public async Task SubnetExhausted_SubnetA_ReportsNoFreeAddressAndTheCountFilterFindsIt()
    {
        await using var host = await TestSandbox.StartAsync("subnet-exhausted");
        using var ec2 = Ec2Clients.For(host);

        var full = Assert.Single((await ec2.DescribeSubnetsAsync(new DescribeSubnetsRequest { Filters = [new("available-ip-address-count", ["0"])] })).Subnets);

        Assert.Equal((ScenarioIds.SubnetA, 0), (full.SubnetId, full.AvailableIpAddressCount));
    }

    [Fact]
    public async Task SetFreeAddresses_Knob_ThatManyNowAndEnisStillCount()
    {
        await using var host = await TestSandbox.StartAsync();
        using var ec2 = Ec2Clients.For(host);

        host.Admin.SetFreeAddresses(ScenarioIds.SubnetB, 3);
        var three = (await FreeAsync(ec2)).B;
        host.Admin.DeleteNetworkInterface(host.State.Read(w => w.NetworkInterfaces.Values.First(e => e.SubnetId == ScenarioIds.SubnetB && e.RequesterManaged).Id));

        Assert.Equal(3, three);
        Assert.Equal(4, (await FreeAsync(ec2)).B);
    }

    private static async Task<(int A, int B)> FreeAsync(Amazon.EC2.AmazonEC2Client ec2)
    {
        var subnets = (await ec2.DescribeSubnetsAsync(new DescribeSubnetsRequest { SubnetIds = [ScenarioIds.SubnetA, ScenarioIds.SubnetB] })).Subnets;
        return (subnets.Single(s => s.SubnetId == ScenarioIds.SubnetA).AvailableIpAddressCount ?? -1, subnets.Single(s => s.SubnetId == ScenarioIds.SubnetB).AvailableIpAddressCount ?? -1);
    }

    private static async Task ScaleAsync(WireCalls wire, int desired)
    {
        var (status, _) = await wire.EcsAsync("UpdateService", $$"""{"cluster":"win-prod","service":"iis-webserver","desiredCount":{{desired}}}""");
        Assert.Equal(HttpStatusCode.OK, status);
    }
}
