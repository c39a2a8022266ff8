using System.Net;
using System.Text.Json;
using EcsWinReconciler.Sandbox.Hosting;
using EcsWinReconciler.Sandbox.Tests.Support;
using static EcsWinReconciler.Sandbox.Scenarios.TwoMembers;

namespace EcsWinReconciler.Sandbox.Tests.Worlds;

/// <summary><c>/_sandbox/…?account=&amp;region=</c> addresses a world; without them, the hub's.</summary>
public sealed class WorldAdminHttpTests
{
    [Fact]
    public async Task GetState_AccountAndRegion_DumpsThatWorld()
    {
        await using var host = await TestSandbox.StartAsync();
        AddTo(host);
        using var wire = new WireCalls(host);

        using var member = JsonDocument.Parse(await wire.AdminGetAsync($"state?account={UsWestAccount}&region={UsWestRegion}"));
        using var hub = JsonDocument.Parse(await wire.AdminGetAsync("state"));

        Assert.Equal((UsWestAccount, UsWestRegion), (member.RootElement.GetProperty("accountId").GetString(), member.RootElement.GetProperty("region").GetString()));
        Assert.Equal((SandboxAccount.AccountId, SandboxAccount.Region), (hub.RootElement.GetProperty("accountId").GetString(), hub.RootElement.GetProperty("region").GetString()));
    }

    [Fact]
    public async Task GetEvents_AccountAndRegion_ThatWorldsEnvelopes()
    {
        await using var host = await TestSandbox.StartAsync();
        var members = AddTo(host);
        using var wire = new WireCalls(host);

        using var events = JsonDocument.Parse(await wire.AdminGetAsync($"events?account={EuWestAccount}&region={EuWestRegion}"));

        Assert.Equal(members.EuWest.Events().Count, events.RootElement.GetArrayLength());
        Assert.All(events.RootElement.EnumerateArray(), e => Assert.Equal(EuWestAccount, e.GetProperty("account").GetString()));
    }

    [Fact]
    public async Task GetState_RegionOnly_TheHubsWorldThere()
    {
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);

        using var state = JsonDocument.Parse(await wire.AdminGetAsync("state?region=ap-southeast-2"));

        Assert.Equal((SandboxAccount.AccountId, 0), (state.RootElement.GetProperty("accountId").GetString(), state.RootElement.GetProperty("vpcs").GetArrayLength()));
    }

    [Fact]
    public async Task PostFaults_WithAnAccount_ThrottlesThatAccountOnly()
    {
        await using var host = await TestSandbox.StartAsync();
        AddTo(host);
        using var wire = new WireCalls(host);

        using var posted = await wire.AdminSendAsync(HttpMethod.Post, "faults", $$"""{"kind":"throttle","service":"ec2","account":"{{EuWestAccount}}","region":"{{EuWestRegion}}"}""");
        var (hubStatus, _) = await wire.Ec2Async(("Action", "DescribeVpcs"));

        using var rules = JsonDocument.Parse(await posted.Content.ReadAsStringAsync());
        var rule = Assert.Single(rules.RootElement.EnumerateArray());
        Assert.Equal((EuWestAccount, EuWestRegion), (rule.GetProperty("account").GetString(), rule.GetProperty("region").GetString()));
        Assert.Equal(HttpStatusCode.OK, hubStatus);
        Assert.Equal((EuWestAccount, EuWestRegion), (host.Faults.Rules[0].Account, host.Faults.Rules[0].Region));
    }

    [Theory]
    [InlineData("state?account=12345&region=eu-west-1")]
    [InlineData("events?region=nowhere")]
    public async Task Get_MalformedAccountOrRegion_BadRequest(string path)
    {
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);

        using var response = await wire.AdminSendAsync(HttpMethod.Get, path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
