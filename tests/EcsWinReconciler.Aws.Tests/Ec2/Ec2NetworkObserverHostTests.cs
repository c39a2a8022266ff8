using EcsWinReconciler.Core.Observation;
using Microsoft.Extensions.Time.Testing;

namespace EcsWinReconciler.Aws.Tests.Ec2;

public class Ec2NetworkObserverHostTests
{
    private const string InstanceId = "i-1234567890abcdef0";

    [Fact]
    public async Task DescribeHostCapacityAsync_RunningInstance_CountsAttachedEnisAgainstTheTypeLimit()
    {
        await using var stub = Scripted("running");

        var capacity = await Ec2NetworkObserverEniTests.Observer(stub).DescribeHostCapacityAsync(InstanceId, CancellationToken.None);

        Assert.Equal(new HostEniCapacity(InstanceId, "m5.large", 3, 3), capacity);
        Assert.Equal(0, capacity!.Free);
        Assert.Equal([InstanceId], Assert.Single(stub.Calls("DescribeInstances")).List("InstanceId"));
        Assert.Equal(["m5.large"], Assert.Single(stub.Calls("DescribeInstanceTypes")).List("InstanceType"));
        var enis = stub.Calls("DescribeNetworkInterfaces");
        Assert.Equal(2, enis.Count);
        Assert.Equal([InstanceId], enis[0].Filter("attachment.instance-id"));
        Assert.Equal("1000", enis[0]["MaxResults"]);
        Assert.Equal("p2", enis[1]["NextToken"]);
    }

    [Fact]
    public async Task DescribeHostCapacityAsync_SecondHostOfTheSameType_ReusesTheTypeLimit()
    {
        var time = new FakeTimeProvider();
        await using var stub = Scripted("running");
        var observer = Ec2NetworkObserverEniTests.Observer(stub, time);

        await observer.DescribeHostCapacityAsync(InstanceId, CancellationToken.None);
        time.Advance(TimeSpan.FromHours(1));
        await observer.DescribeHostCapacityAsync(InstanceId, CancellationToken.None);

        Assert.Single(stub.Calls("DescribeInstanceTypes"));
        Assert.Equal(2, stub.Calls("DescribeInstances").Count);
    }

    [Fact]
    public async Task DescribeHostCapacityAsync_InstanceNotFound_ReturnsNull()
    {
        await using var stub = Ec2Stub.Start()
            .On("DescribeInstances", _ => Ec2Wire.Error("InvalidInstanceID.NotFound", $"The instance ID '{InstanceId}' does not exist"));

        Assert.Null(await Ec2NetworkObserverEniTests.Observer(stub).DescribeHostCapacityAsync(InstanceId, CancellationToken.None));
        Assert.Equal(["DescribeInstances"], stub.Actions);
    }

    [Fact]
    public async Task DescribeHostCapacityAsync_TerminatedInstance_ReturnsNull()
    {
        await using var stub = Scripted("terminated");

        Assert.Null(await Ec2NetworkObserverEniTests.Observer(stub).DescribeHostCapacityAsync(InstanceId, CancellationToken.None));
    }

    [Fact]
    public async Task CountEnisByGroupAsync_Groups_CountsEachRequestedGroupAcrossPages()
    {
        await using var stub = Ec2Stub.Start().On("DescribeNetworkInterfaces", fields => Ec2Wire.Ok(
            "DescribeNetworkInterfaces",
            fields.ContainsKey("NextToken")
                ? Ec2Xml.Enis(Ec2Xml.Eni("eni-00000003", "sg-0000000a", "sg-0000000b"))
                : Ec2Xml.Page(Ec2Xml.Enis(Ec2Xml.Eni("eni-00000001", "sg-0000000a"), Ec2Xml.Eni("eni-00000002", "sg-0000000a", "sg-0other00")), "p2")));

        var counts = await Ec2NetworkObserverEniTests.Observer(stub).CountEnisByGroupAsync(["sg-0000000a", "sg-0000000b", "sg-0unused0"], CancellationToken.None);

        Assert.Equal(new Dictionary<string, int> { ["sg-0000000a"] = 3, ["sg-0000000b"] = 1, ["sg-0unused0"] = 0 }, counts);
        var first = stub.Calls("DescribeNetworkInterfaces")[0];
        Assert.Equal(("group-id", "1000"), (first["Filter.1.Name"], first["MaxResults"]));
        Assert.Equal(["sg-0000000a", "sg-0000000b", "sg-0unused0"], first.Filter("group-id"));
    }

    private static Ec2Stub Scripted(string state) => Ec2Stub.Start()
        .On("DescribeInstances",
            $"<reservationSet><item><reservationId>r-0a1b2c3d</reservationId><ownerId>123456789012</ownerId><instancesSet><item>" +
            $"<instanceId>{InstanceId}</instanceId><instanceType>m5.large</instanceType><instanceState><code>16</code><name>{state}</name></instanceState>" +
            "</item></instancesSet></item></reservationSet>")
        .On("DescribeInstanceTypes",
            "<instanceTypeSet><item><instanceType>m5.large</instanceType><networkInfo><maximumNetworkInterfaces>3</maximumNetworkInterfaces>" +
            "<ipv4AddressesPerInterface>10</ipv4AddressesPerInterface></networkInfo></item></instanceTypeSet>")
        .On("DescribeNetworkInterfaces", fields => Ec2Wire.Ok("DescribeNetworkInterfaces", fields.ContainsKey("NextToken")
            ? Ec2Xml.Enis(Ec2Xml.Eni("eni-00000003"))
            : Ec2Xml.Page(Ec2Xml.Enis(Ec2Xml.Eni("eni-00000001"), Ec2Xml.Eni("eni-00000002")), "p2")));
}
