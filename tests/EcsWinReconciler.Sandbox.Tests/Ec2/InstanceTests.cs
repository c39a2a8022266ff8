using Amazon.EC2;
using Amazon.EC2.Model;
using EcsWinReconciler.Sandbox.Scenarios;
using EcsWinReconciler.Sandbox.Tests.Support;

namespace EcsWinReconciler.Sandbox.Tests.Ec2;

public class InstanceTests
{
    [Fact]
    public async Task DescribeInstances_WindowsHost_PrimaryAndTaskEnisListed()
    {
        await using var host = await TestSandbox.StartAsync();
        using var ec2 = Ec2Clients.For(host);

        var response = await ec2.DescribeInstancesAsync(new DescribeInstancesRequest { InstanceIds = [ScenarioIds.WindowsHostA] });

        var instance = Assert.Single(Assert.Single(response.Reservations).Instances);
        Assert.Equal(ScenarioIds.WindowsInstanceType, instance.InstanceType.Value);
        Assert.Equal(PlatformValues.Windows, instance.Platform);
        Assert.Equal(InstanceStateName.Running, instance.State.Name);
        Assert.Equal(ScenarioIds.ZoneA, instance.Placement.AvailabilityZone);
        Assert.Equal([0, 1], instance.NetworkInterfaces.Select(n => n.Attachment.DeviceIndex ?? -1));
        Assert.Equal("eni-0a1b2c3d4e5f60001", instance.NetworkInterfaces[0].NetworkInterfaceId);
    }

    [Fact]
    public async Task DescribeInstances_UnknownId_InvalidInstanceIdNotFound()
    {
        await using var host = await TestSandbox.StartAsync();
        using var ec2 = Ec2Clients.For(host);

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() =>
            ec2.DescribeInstancesAsync(new DescribeInstancesRequest { InstanceIds = ["i-0000000000000000a"] }));

        Assert.Equal("InvalidInstanceID.NotFound", error.ErrorCode);
    }

    [Fact]
    public async Task DescribeInstanceTypes_M5Large_ThreeEnis()
    {
        await using var host = await TestSandbox.StartAsync();
        using var ec2 = Ec2Clients.For(host);

        var response = await ec2.DescribeInstanceTypesAsync(new DescribeInstanceTypesRequest { InstanceTypes = ["m5.large"] });

        var type = Assert.Single(response.InstanceTypes);
        Assert.Equal(3, type.NetworkInfo.MaximumNetworkInterfaces);
        Assert.Equal(2, type.VCpuInfo.DefaultVCpus);
    }

    [Fact]
    public async Task DescribeInstanceTypes_Unknown_InvalidInstanceType()
    {
        await using var host = await TestSandbox.StartAsync();
        using var ec2 = Ec2Clients.For(host);

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() =>
            ec2.DescribeInstanceTypesAsync(new DescribeInstanceTypesRequest { InstanceTypes = ["x9.huge"] }));

        Assert.Equal("InvalidInstanceType", error.ErrorCode);
    }
}
