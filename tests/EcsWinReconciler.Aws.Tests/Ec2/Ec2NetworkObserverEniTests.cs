using EcsWinReconciler.Aws.Ec2;
using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.TestSupport.Wire;
using Microsoft.Extensions.Time.Testing;

namespace EcsWinReconciler.Aws.Tests.Ec2;

public class Ec2NetworkObserverEniTests
{
    private const string TaskEniId = "eni-0a1b2c3d4e5f60718";

    [Fact]
    public async Task DescribeEnisAsync_Ids_SendsOneSignedCallWithIdsAndNoMaxResults()
    {
        await using var stub = Ec2Stub.Start().On("DescribeNetworkInterfaces", Ec2Xml.Enis(Ec2Xml.TaskEni, Ec2Xml.Eni("eni-0000000b")));

        await Observer(stub).DescribeEnisAsync([TaskEniId, "eni-0000000b", TaskEniId], CancellationToken.None);

        var request = Assert.Single(stub.Requests);
        var fields = request.FormFields();
        Assert.Equal("DescribeNetworkInterfaces", fields["Action"]);
        Assert.Equal("2016-11-15", fields["Version"]);
        Assert.Equal([TaskEniId, "eni-0000000b"], fields.List("NetworkInterfaceId"));
        Assert.DoesNotContain("MaxResults", fields.Keys);
        Assert.DoesNotContain(fields.Keys, k => k.StartsWith("Filter", StringComparison.Ordinal));
        var auth = SigV4Authorization.Parse(request.Header("Authorization"));
        Assert.NotNull(auth);
        Assert.Equal(("ec2", Ec2Wire.Region, Ec2Wire.AccessKey), (auth.Service, auth.Region, auth.AccessKey));
        Assert.Contains("host", auth.SignedHeaders);
        Assert.Contains("x-amz-date", auth.SignedHeaders);
    }

    [Fact]
    public async Task DescribeEnisAsync_TaskEni_MapsEveryField()
    {
        await using var stub = Ec2Stub.Start().On("DescribeNetworkInterfaces", Ec2Xml.Enis(Ec2Xml.TaskEni));

        var batch = await Observer(stub).DescribeEnisAsync([TaskEniId], CancellationToken.None);

        var eni = batch.Found[TaskEniId];
        Assert.Equal(
            new ObservedEni(
                TaskEniId,
                "in-use",
                new EniAttachmentState("eni-attach-66c4350a", "i-1234567890abcdef0", 1, "attached"),
                "subnet-0a1b2c3d",
                "vpc-0a1b2c3d",
                "10.0.1.17",
                "ip-10-0-1-17.ec2.internal",
                "203.0.113.12",
                ["sg-0abc0000", "sg-0web0000"],
                "arn:aws:ecs:us-east-1:123456789012:attachment/2f0c6e8a-2a5d-4f1e-9d2a-0d1c5b7e8f90",
                "interface"),
            eni);
        Assert.True(eni.IsInUseAndAttached);
        Assert.Empty(batch.Gone);
    }

    [Fact]
    public async Task DescribeEnisAsync_DetachedEniWithoutPublicIp_LeavesThoseFieldsEmpty()
    {
        await using var stub = Ec2Stub.Start().On("DescribeNetworkInterfaces", Ec2Xml.Enis(Ec2Xml.Eni("eni-0000000b", "sg-0000000a")));

        var eni = (await Observer(stub).DescribeEnisAsync(["eni-0000000b"], CancellationToken.None)).Found["eni-0000000b"];

        Assert.Null(eni.Attachment);
        Assert.Null(eni.PublicIp);
        Assert.Null(eni.PrivateDnsName);
        Assert.Null(eni.Description);
        Assert.Null(eni.InterfaceType);
        Assert.Equal("available", eni.Status);
        Assert.False(eni.IsInUseAndAttached);
    }

    [Fact]
    public async Task DescribeEnisAsync_SomeIdsNotFound_AsksAgainByFilterAndReportsTheRestAsGone()
    {
        await using var stub = Ec2Stub.Start().On("DescribeNetworkInterfaces", fields =>
            fields.Filter("network-interface-id") is null
                ? Ec2Wire.Error("InvalidNetworkInterfaceID.NotFound", "The networkInterface ID 'eni-0000dead' does not exist")
                : Ec2Wire.Ok("DescribeNetworkInterfaces", Ec2Xml.Enis(Ec2Xml.TaskEni)));

        var batch = await Observer(stub).DescribeEnisAsync([TaskEniId, "eni-0000dead"], CancellationToken.None);

        Assert.Equal([TaskEniId], batch.Found.Keys);
        Assert.Equal(["eni-0000dead"], batch.Gone);
        var calls = stub.Calls("DescribeNetworkInterfaces");
        Assert.Equal(2, calls.Count);
        Assert.Equal([TaskEniId, "eni-0000dead"], calls[1].Filter("network-interface-id"));
        Assert.Empty(calls[1].List("NetworkInterfaceId"));
        Assert.Equal("1000", calls[1]["MaxResults"]);
    }

    [Fact]
    public async Task DescribeEnisAsync_AllGone_ReturnsEveryIdAsGoneWithoutFailing()
    {
        await using var stub = Ec2Stub.Start().On("DescribeNetworkInterfaces", fields =>
            fields.Filter("network-interface-id") is null
                ? Ec2Wire.Error("InvalidNetworkInterfaceID.NotFound", "The networkInterface IDs 'eni-0000dea1, eni-0000dea2' do not exist")
                : Ec2Wire.Ok("DescribeNetworkInterfaces", "<networkInterfaceSet/>"));

        var batch = await Observer(stub).DescribeEnisAsync(["eni-0000dea1", "eni-0000dea2"], CancellationToken.None);

        Assert.Empty(batch.Found);
        Assert.Equal(["eni-0000dea1", "eni-0000dea2"], batch.Gone.Order());
    }

    [Fact]
    public async Task DescribeEnisAsync_FourHundredFiftyIds_ChunksIntoThreeCallsOfAtMostTwoHundred()
    {
        var ids = Enumerable.Range(0, 450).Select(i => $"eni-{i:x8}").ToArray();
        await using var stub = Ec2Stub.Start().On("DescribeNetworkInterfaces", fields =>
            Ec2Wire.Ok("DescribeNetworkInterfaces", Ec2Xml.Enis([.. fields.List("NetworkInterfaceId").Select(id => Ec2Xml.Eni(id))])));

        var batch = await Observer(stub).DescribeEnisAsync(ids, CancellationToken.None);

        Assert.Equal([200, 200, 50], stub.Calls("DescribeNetworkInterfaces").Select(c => c.List("NetworkInterfaceId").Count));
        Assert.Equal(450, batch.Found.Count);
        Assert.Empty(batch.Gone);
    }

    [Fact]
    public async Task DescribeEnisAsync_NoIds_MakesNoCall()
    {
        await using var stub = Ec2Stub.Start();

        var batch = await Observer(stub).DescribeEnisAsync([], CancellationToken.None);

        Assert.Empty(batch.Found);
        Assert.Empty(stub.Requests);
    }

    [Fact]
    public async Task DescribeEnisAsync_MalformedId_ThrowsPermanentAdapterException()
    {
        await using var stub = Ec2Stub.Start().On("DescribeNetworkInterfaces", _ =>
            Ec2Wire.Error("InvalidNetworkInterfaceID.Malformed", "Invalid id: \"eni-nope\""));

        var error = await Assert.ThrowsAsync<Core.Ports.AdapterException>(() => Observer(stub).DescribeEnisAsync(["eni-nope"], CancellationToken.None));

        Assert.Equal(("ec2", "DescribeNetworkInterfaces", "eni-nope", "InvalidNetworkInterfaceID.Malformed", false),
            (error.Component, error.Operation, error.ResourceId, error.ErrorCode, error.IsTransient));
    }

    internal static Ec2NetworkObserver Observer(Ec2Stub stub, FakeTimeProvider? time = null) =>
        new(stub.Client, new Ec2ReadCache(time ?? new FakeTimeProvider()));
}
