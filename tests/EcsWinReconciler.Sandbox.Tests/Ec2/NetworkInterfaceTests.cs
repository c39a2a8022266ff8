using Amazon.EC2;
using Amazon.EC2.Model;
using EcsWinReconciler.Sandbox.Scenarios;
using EcsWinReconciler.Sandbox.Tests.Support;

namespace EcsWinReconciler.Sandbox.Tests.Ec2;

public class NetworkInterfaceTests
{
    [Fact]
    public async Task DescribeNetworkInterfaces_TaskEniIds_ParsedByTheSdkWithEcsShape()
    {
        await using var host = await TestSandbox.StartAsync();
        using var ec2 = Ec2Clients.For(host);
        var (eniId, attachmentId) = host.State.Read(w => w.Tasks.Values.Select(t => (t.Eni!.NetworkInterfaceId!, t.Eni.Id)).First());

        var response = await ec2.DescribeNetworkInterfacesAsync(new DescribeNetworkInterfacesRequest { NetworkInterfaceIds = [eniId] });

        var eni = Assert.Single(response.NetworkInterfaces);
        Assert.Equal(eniId, eni.NetworkInterfaceId);
        Assert.Equal($"arn:aws:ecs:us-east-1:111122223333:attachment/{attachmentId}", eni.Description);
        Assert.True(eni.RequesterManaged);
        Assert.Equal(NetworkInterfaceStatus.InUse, eni.Status);
        Assert.Equal(ScenarioIds.VpcId, eni.VpcId);
        Assert.Equal([ScenarioIds.WebGroup], eni.Groups.Select(g => g.GroupId));
        Assert.Equal("iis-webserver-tasks", eni.Groups[0].GroupName);
        Assert.Equal(1, eni.Attachment.DeviceIndex);
        Assert.False(eni.Attachment.DeleteOnTermination);
        Assert.Equal(AttachmentStatus.Attached, eni.Attachment.Status);
        Assert.Matches(@"^ip-10-0-[01]-\d+\.ec2\.internal$", eni.PrivateDnsName);
        Assert.Matches("^02(:[0-9a-f]{2}){5}$", eni.MacAddress);
        Assert.Equal(NetworkInterfaceType.Interface, eni.InterfaceType);
    }

    [Fact]
    public async Task DescribeNetworkInterfaces_OneIdMissing_WholeCallFailsWithNotFound()
    {
        await using var host = await TestSandbox.StartAsync();
        using var ec2 = Ec2Clients.For(host);
        var eniId = host.State.Read(w => w.Tasks.Values.First().Eni!.NetworkInterfaceId!);

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() =>
            ec2.DescribeNetworkInterfacesAsync(new DescribeNetworkInterfacesRequest { NetworkInterfaceIds = [eniId, "eni-0ffffffffffffffff"] }));

        Assert.Equal("InvalidNetworkInterfaceID.NotFound", error.ErrorCode);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Contains("eni-0ffffffffffffffff", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DescribeNetworkInterfaces_MalformedId_Malformed()
    {
        await using var host = await TestSandbox.StartAsync();
        using var ec2 = Ec2Clients.For(host);

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() =>
            ec2.DescribeNetworkInterfacesAsync(new DescribeNetworkInterfacesRequest { NetworkInterfaceIds = ["eni-xyz"] }));

        Assert.Equal("InvalidNetworkInterfaceID.Malformed", error.ErrorCode);
    }

    [Fact]
    public async Task DescribeNetworkInterfaces_MaxResultsWithIds_InvalidParameterCombination()
    {
        await using var host = await TestSandbox.StartAsync();
        using var ec2 = Ec2Clients.For(host);
        var eniId = host.State.Read(w => w.Tasks.Values.First().Eni!.NetworkInterfaceId!);

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() =>
            ec2.DescribeNetworkInterfacesAsync(new DescribeNetworkInterfacesRequest { NetworkInterfaceIds = [eniId], MaxResults = 5 }));

        Assert.Equal("InvalidParameterCombination", error.ErrorCode);
    }

    [Theory]
    [InlineData("group-id", ScenarioIds.WebGroup, 2)]
    [InlineData("group-id", ScenarioIds.HostGroup, 2)]
    [InlineData("attachment.instance-id", ScenarioIds.WindowsHostA, 2)]
    [InlineData("vpc-id", ScenarioIds.VpcId, 4)]
    [InlineData("subnet-id", ScenarioIds.SubnetB, 2)]
    [InlineData("requester-managed", "true", 2)]
    [InlineData("network-interface-id", "eni-0a1b2c3d4e5f60001", 1)]
    [InlineData("description", "arn:aws:ecs:*", 2)]
    public async Task DescribeNetworkInterfaces_Filter_ReturnsTheMatchingEnis(string name, string value, int expected)
    {
        await using var host = await TestSandbox.StartAsync();
        using var ec2 = Ec2Clients.For(host);

        var response = await ec2.DescribeNetworkInterfacesAsync(new DescribeNetworkInterfacesRequest { Filters = [new Filter(name, [value])] });

        Assert.Equal(expected, response.NetworkInterfaces.Count);
    }

    [Fact]
    public async Task DescribeNetworkInterfaces_UnknownFilter_InvalidParameterValue()
    {
        await using var host = await TestSandbox.StartAsync();
        using var ec2 = Ec2Clients.For(host);

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() =>
            ec2.DescribeNetworkInterfacesAsync(new DescribeNetworkInterfacesRequest { Filters = [new Filter("colour", ["blue"])] }));

        Assert.Equal("InvalidParameterValue", error.ErrorCode);
    }

    [Fact]
    public async Task DescribeNetworkInterfaces_Paginated_VisitsEveryEniOnce()
    {
        await using var host = await TestSandbox.StartAsync("eni-exhausted+linux-task");
        using var ec2 = Ec2Clients.For(host);
        var expected = host.State.Read(w => w.NetworkInterfaces.Keys.ToList());
        Assert.True(expected.Count > 5);

        var seen = new List<string>();
        string? token = null;
        var pages = 0;
        do
        {
            var page = await ec2.DescribeNetworkInterfacesAsync(new DescribeNetworkInterfacesRequest { MaxResults = 5, NextToken = token });
            seen.AddRange(page.NetworkInterfaces.Select(n => n.NetworkInterfaceId));
            token = page.NextToken;
            pages++;
        }
        while (token is not null);

        Assert.Equal(expected, seen);
        Assert.Equal((expected.Count + 4) / 5, pages);
    }

    [Fact]
    public async Task DescribeNetworkInterfaces_MaxResultsBelowFive_InvalidParameterValue()
    {
        // The SDK refuses MaxResults < 5 itself, so this goes over the wire raw.
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);

        var (status, body) = await wire.Ec2Async(("Action", "DescribeNetworkInterfaces"), ("MaxResults", "2"));

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, status);
        Assert.Equal("InvalidParameterValue", body.Descendants("Code").Single().Value);
    }

    [Fact]
    public async Task ModifyNetworkInterfaceAttribute_TaskEni_FailsLikeAwsAndChangesNothing()
    {
        await using var host = await TestSandbox.StartAsync();
        using var ec2 = Ec2Clients.For(host);
        var eniId = host.State.Read(w => w.Tasks.Values.First().Eni!.NetworkInterfaceId!);

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() => ec2.ModifyNetworkInterfaceAttributeAsync(
            new ModifyNetworkInterfaceAttributeRequest { NetworkInterfaceId = eniId, Groups = [ScenarioIds.LegacyGroup] }));

        Assert.Equal("AuthFailure", error.ErrorCode);
        Assert.Equal([ScenarioIds.WebGroup], host.State.Read(w => w.NetworkInterfaces[eniId].GroupIds.ToList()));
        Assert.Empty(host.Admin.Writes());
    }

    [Fact]
    public async Task ModifyNetworkInterfaceAttribute_PrimaryEni_ReplacesTheGroups()
    {
        await using var host = await TestSandbox.StartAsync();
        using var ec2 = Ec2Clients.For(host);

        await ec2.ModifyNetworkInterfaceAttributeAsync(new ModifyNetworkInterfaceAttributeRequest
        {
            NetworkInterfaceId = "eni-0a1b2c3d4e5f60001",
            Groups = [ScenarioIds.HostGroup, ScenarioIds.DefaultGroup],
        });

        Assert.Equal([ScenarioIds.HostGroup, ScenarioIds.DefaultGroup], host.State.Read(w => w.NetworkInterfaces["eni-0a1b2c3d4e5f60001"].GroupIds.ToList()));
    }

    [Fact]
    public async Task ModifyNetworkInterfaceAttribute_DryRun_DryRunOperation412AndNoWrite()
    {
        await using var host = await TestSandbox.StartAsync();
        using var ec2 = Ec2Clients.For(host);

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() => ec2.ModifyNetworkInterfaceAttributeAsync(new ModifyNetworkInterfaceAttributeRequest
        {
            NetworkInterfaceId = "eni-0a1b2c3d4e5f60001",
            Groups = [ScenarioIds.DefaultGroup],
            DryRun = true,
        }));

        Assert.Equal("DryRunOperation", error.ErrorCode);
        Assert.Equal(System.Net.HttpStatusCode.PreconditionFailed, error.StatusCode);
        Assert.Equal([ScenarioIds.HostGroup], host.State.Read(w => w.NetworkInterfaces["eni-0a1b2c3d4e5f60001"].GroupIds.ToList()));
        Assert.Empty(host.Admin.Writes());
    }
}
