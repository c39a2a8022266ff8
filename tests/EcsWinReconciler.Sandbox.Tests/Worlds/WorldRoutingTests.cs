using System.Net;
using Amazon.EC2;
using Amazon.EC2.Model;
using EcsWinReconciler.Sandbox.Hosting;
using EcsWinReconciler.Sandbox.Scenarios;
using EcsWinReconciler.Sandbox.Tests.Support;
using static EcsWinReconciler.Sandbox.Scenarios.TwoMembers;

namespace EcsWinReconciler.Sandbox.Tests.Worlds;

/// <summary>A call is answered from the world of its key's account in its credential scope's region.</summary>
public sealed class WorldRoutingTests
{
    [Fact]
    public async Task DescribeNetworkInterfaces_MemberSession_SeesTheMembersEnisOnly()
    {
        await using var host = await TestSandbox.StartAsync();
        var members = AddTo(host);
        using var ec2 = WorldClients.Ec2(host, EuWestRegion, WorldClients.Session(await WorldClients.AssumeAsync(host, EuWestAccount)));

        var enis = (await ec2.DescribeNetworkInterfacesAsync(new DescribeNetworkInterfacesRequest())).NetworkInterfaces;

        Assert.Equal(WorldClients.EniIds(members.EuWest), enis.Select(e => e.NetworkInterfaceId));
        Assert.All(enis, e => Assert.Equal((EuWestAccount, true), (e.OwnerId, e.AvailabilityZone.StartsWith(EuWestRegion, StringComparison.Ordinal))));
        Assert.Empty(enis.Select(e => e.NetworkInterfaceId).Intersect(TaskEnis(host.Admin)));
    }

    [Fact]
    public async Task DescribeNetworkInterfaces_HubKeys_SeeTheHubsEnisOnly()
    {
        await using var host = await TestSandbox.StartAsync();
        var members = AddTo(host);
        using var ec2 = WorldClients.Ec2(host, SandboxAccount.Region);

        var enis = (await ec2.DescribeNetworkInterfacesAsync(new DescribeNetworkInterfacesRequest())).NetworkInterfaces;

        Assert.Equal(WorldClients.EniIds(host.Admin), enis.Select(e => e.NetworkInterfaceId));
        Assert.All(enis, e => Assert.Equal((SandboxAccount.AccountId, true), (e.OwnerId, e.AvailabilityZone.StartsWith(SandboxAccount.Region, StringComparison.Ordinal))));
        Assert.Empty(enis.Select(e => e.NetworkInterfaceId).Intersect(TaskEnis(members.EuWest).Concat(TaskEnis(members.UsWest))));
    }

    [Fact]
    public async Task DescribeVpcs_HubKeysInAnotherRegion_ReachTheHubsWorldThereEmpty()
    {
        await using var host = await TestSandbox.StartAsync();
        AddTo(host);
        using var ec2 = WorldClients.Ec2(host, UsWestRegion);

        var vpcs = await ec2.DescribeVpcsAsync(new DescribeVpcsRequest());

        Assert.Empty(vpcs.Vpcs ?? []);
        Assert.Equal((0, 0), host.World(SandboxAccount.AccountId, UsWestRegion).State.Read(w => (w.Vpcs.Count, w.Tasks.Count)));
        Assert.NotEmpty(host.World(UsWestAccount, UsWestRegion).State.Read(w => w.Vpcs));
    }

    [Fact]
    public async Task DescribeSubnets_HubKeysInARegionTheTestAdded_SeeThatWorldsZones()
    {
        await using var host = await TestSandbox.StartAsync();
        host.AddWorld(SandboxAccount.AccountId, "eu-central-1", ScenarioCatalog.Healthy);
        using var ec2 = WorldClients.Ec2(host, "eu-central-1");

        var subnets = (await ec2.DescribeSubnetsAsync(new DescribeSubnetsRequest())).Subnets;

        Assert.Equal(["eu-central-1a", "eu-central-1b"], subnets.Select(s => s.AvailabilityZone));
        Assert.All(subnets, s => Assert.StartsWith($"arn:aws:ec2:eu-central-1:{SandboxAccount.AccountId}:subnet/", s.SubnetArn, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnyCall_MalformedRegionInTheScope_IsRejectedAsBefore()
    {
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host, region: "eu-west");

        var (status, body) = await wire.Ec2Async(("Action", "DescribeVpcs"));

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Contains("AuthFailure", body.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddWorld_AfterACallReachedIt_Throws()
    {
        await using var host = await TestSandbox.StartAsync();
        using var ec2 = WorldClients.Ec2(host, UsWestRegion);
        await ec2.DescribeVpcsAsync(new DescribeVpcsRequest());

        Assert.Throws<InvalidOperationException>(() => host.AddWorld(SandboxAccount.AccountId, UsWestRegion, ScenarioCatalog.Healthy));
        Assert.Throws<InvalidOperationException>(() => host.AddWorld(SandboxAccount.AccountId, SandboxAccount.Region, ScenarioCatalog.Healthy));
    }

    [Theory]
    [InlineData("44445555666", EuWestRegion)]
    [InlineData(EuWestAccount, "eu-west")]
    [InlineData(EuWestAccount, "EU-WEST-1")]
    public async Task AddWorld_MalformedAccountOrRegion_Throws(string account, string region)
    {
        await using var host = await TestSandbox.StartAsync();

        Assert.Throws<ArgumentException>(() => host.AddWorld(account, region, ScenarioCatalog.Healthy));
    }

    [Fact]
    public async Task World_SameScenarioInTwoWorlds_InventsDistinctIds()
    {
        await using var host = await TestSandbox.StartAsync();
        var members = AddTo(host);

        var hub = TaskEnis(host.Admin);
        var euWest = TaskEnis(members.EuWest);
        var usWest = TaskEnis(members.UsWest);

        Assert.Equal((2, 2, 2), (hub.Count, euWest.Count, usWest.Count));
        Assert.Equal(6, hub.Concat(euWest).Concat(usWest).Distinct().Count());
    }

    [Fact]
    public async Task Ec2Call_MemberSessionInARegionWithoutAWorld_SeesAnEmptyWorld_NotTheHubs()
    {
        await using var host = await TestSandbox.StartAsync();
        AddTo(host);
        using var ec2 = WorldClients.Ec2(host, SandboxAccount.Region, WorldClients.Session(await WorldClients.AssumeAsync(host, EuWestAccount)));

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() => ec2.DescribeSecurityGroupsAsync(new DescribeSecurityGroupsRequest { GroupIds = [ScenarioIds.WebGroup] }));

        Assert.Equal("InvalidGroup.NotFound", error.ErrorCode);
    }

    /// <summary>The ENIs ECS made for tasks (invented ids; the hosts' primary ENIs have the scenarios' fixed ids in every world).</summary>
    private static List<string> TaskEnis(SandboxAdmin world) =>
        world.State.Read(w => w.NetworkInterfaces.Values.Where(e => e.Description.Contains(":attachment/", StringComparison.Ordinal)).Select(e => e.Id).ToList());
}
