using EcsWinReconciler.Aws.Ec2;
using EcsWinReconciler.Core.Observation;
using Microsoft.Extensions.Time.Testing;

namespace EcsWinReconciler.Aws.Tests.Ec2;

public class Ec2NetworkObserverHostTests
{
    private const string InstanceId = "i-1234567890abcdef0";
    private const string OtherInstanceId = "i-0fedcba0987654321";

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
    public async Task DescribeHostCapacityAsync_AfterEnisOnTwoHosts_BothHostsLoadedInOneBatch()
    {
        await using var stub = TwoHosts();
        var observer = Ec2NetworkObserverEniTests.Observer(stub);
        await observer.DescribeEnisAsync(["eni-0000000a", "eni-0000000b"], CancellationToken.None);

        var first = await observer.DescribeHostCapacityAsync(InstanceId, CancellationToken.None);
        var second = await observer.DescribeHostCapacityAsync(OtherInstanceId, CancellationToken.None);

        Assert.Equal(new HostEniCapacity(InstanceId, "m5.large", 3, 2), first);
        Assert.Equal(new HostEniCapacity(OtherInstanceId, "m5.large", 3, 1), second);
        Assert.Equal([InstanceId, OtherInstanceId], Assert.Single(stub.Calls("DescribeInstances")).List("InstanceId"));
        Assert.Single(stub.Calls("DescribeInstanceTypes"));
        var counted = Assert.Single(stub.Calls("DescribeNetworkInterfaces"), c => c.Filter("attachment.instance-id") is not null);
        Assert.Equal([InstanceId, OtherInstanceId], counted.Filter("attachment.instance-id"));
    }

    [Fact]
    public async Task DescribeHostCapacityAsync_CountOlderThanItsTtl_RecountedButTypeKept()
    {
        var time = new FakeTimeProvider();
        await using var stub = Scripted("running");
        var observer = Ec2NetworkObserverEniTests.Observer(stub, time);

        await observer.DescribeHostCapacityAsync(InstanceId, CancellationToken.None);
        await observer.DescribeHostCapacityAsync(InstanceId, CancellationToken.None);
        time.Advance(Ec2CacheOptions.Default.HostEniCountTtl);
        await observer.DescribeHostCapacityAsync(InstanceId, CancellationToken.None);

        Assert.Single(stub.Calls("DescribeInstances"));
        Assert.Equal(2, stub.Calls("DescribeNetworkInterfaces").Count(c => !c.ContainsKey("NextToken")));
    }

    [Fact]
    public async Task DescribeHostCapacityAsync_OneOfTwoHostsGone_AskedAgainByFilterAndTheGoneOneIsNull()
    {
        await using var stub = TwoHosts(otherGone: true);
        var observer = Ec2NetworkObserverEniTests.Observer(stub);
        await observer.DescribeEnisAsync(["eni-0000000a", "eni-0000000b"], CancellationToken.None);

        var gone = await observer.DescribeHostCapacityAsync(OtherInstanceId, CancellationToken.None);
        var live = await observer.DescribeHostCapacityAsync(InstanceId, CancellationToken.None);

        Assert.Null(gone);
        Assert.Equal(new HostEniCapacity(InstanceId, "m5.large", 3, 2), live);
        var calls = stub.Calls("DescribeInstances");
        Assert.Equal(2, calls.Count);
        Assert.Equal([OtherInstanceId, InstanceId], calls[1].Filter("instance-id"));
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

    private static string Instance(string id, string state = "running") =>
        $"<item><instanceId>{id}</instanceId><instanceType>m5.large</instanceType><instanceState><code>16</code><name>{state}</name></instanceState></item>";

    /// <summary>Host A carries task ENI a (and its primary), host B task ENI b; with <paramref name="otherGone"/> EC2 no longer knows B.</summary>
    private static Ec2Stub TwoHosts(bool otherGone = false) => Ec2Stub.Start()
        .On("DescribeInstances", fields => otherGone && fields.ContainsKey("InstanceId.2")
            ? Ec2Wire.Error("InvalidInstanceID.NotFound", $"The instance ID '{OtherInstanceId}' does not exist")
            : Ec2Wire.Ok("DescribeInstances", "<reservationSet><item><reservationId>r-0a1b2c3d</reservationId><ownerId>123456789012</ownerId><instancesSet>" +
                Instance(InstanceId) + (otherGone ? string.Empty : Instance(OtherInstanceId)) + "</instancesSet></item></reservationSet>"))
        .On("DescribeInstanceTypes",
            "<instanceTypeSet><item><instanceType>m5.large</instanceType><networkInfo><maximumNetworkInterfaces>3</maximumNetworkInterfaces>" +
            "</networkInfo></item></instanceTypeSet>")
        .On("DescribeNetworkInterfaces", fields => Ec2Wire.Ok("DescribeNetworkInterfaces", fields.ContainsKey("NetworkInterfaceId.1")
            ? Ec2Xml.Enis(Ec2Xml.AttachedEni("eni-0000000a", InstanceId), Ec2Xml.AttachedEni("eni-0000000b", OtherInstanceId))
            : Ec2Xml.Enis(Ec2Xml.AttachedEni("eni-00000001", InstanceId, 0), Ec2Xml.AttachedEni("eni-0000000a", InstanceId), Ec2Xml.AttachedEni("eni-0000000b", OtherInstanceId))));

    private static Ec2Stub Scripted(string state) => Ec2Stub.Start()
        .On("DescribeInstances",
            $"<reservationSet><item><reservationId>r-0a1b2c3d</reservationId><ownerId>123456789012</ownerId><instancesSet><item>" +
            $"<instanceId>{InstanceId}</instanceId><instanceType>m5.large</instanceType><instanceState><code>16</code><name>{state}</name></instanceState>" +
            "</item></instancesSet></item></reservationSet>")
        .On("DescribeInstanceTypes",
            "<instanceTypeSet><item><instanceType>m5.large</instanceType><networkInfo><maximumNetworkInterfaces>3</maximumNetworkInterfaces>" +
            "<ipv4AddressesPerInterface>10</ipv4AddressesPerInterface></networkInfo></item></instanceTypeSet>")
        .On("DescribeNetworkInterfaces", fields => Ec2Wire.Ok("DescribeNetworkInterfaces", fields.ContainsKey("NextToken")
            ? Ec2Xml.Enis(Ec2Xml.AttachedEni("eni-00000003", InstanceId, 2))
            : Ec2Xml.Page(Ec2Xml.Enis(Ec2Xml.AttachedEni("eni-00000001", InstanceId, 0), Ec2Xml.AttachedEni("eni-00000002", InstanceId)), "p2")));
}
