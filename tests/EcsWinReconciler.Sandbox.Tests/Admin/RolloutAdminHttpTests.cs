using System.Net;
using System.Text.Json;
using EcsWinReconciler.Sandbox.Scenarios;
using EcsWinReconciler.Sandbox.State;
using EcsWinReconciler.Sandbox.Tests.Support;

namespace EcsWinReconciler.Sandbox.Tests.Admin;

/// <summary><c>POST /_sandbox/rollouts/stall</c> and <c>/release</c>: the rollout-stall fault over HTTP.</summary>
public class RolloutAdminHttpTests
{
    [Fact]
    public async Task PostStallThenRelease_RedeploymentWaitsThenCompletes()
    {
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);

        using var stalled = await wire.AdminSendAsync(HttpMethod.Post, "rollouts/stall", """{"service":"iis-webserver"}""");
        await wire.EcsAsync("UpdateService", """{"cluster":"win-prod","service":"iis-webserver","forceNewDeployment":true}""");
        var during = host.State.Read(w => w.Services.Values.First().PrimaryDeployment.RolloutState);
        using var released = await wire.AdminSendAsync(HttpMethod.Post, "rollouts/release", """{"service":"iis-webserver","cluster":"win-prod"}""");

        Assert.Equal(HttpStatusCode.OK, stalled.StatusCode);
        using var answer = JsonDocument.Parse(await stalled.Content.ReadAsStringAsync());
        Assert.Equal(("win-prod", "iis-webserver", true), (answer.RootElement.GetProperty("cluster").GetString(), answer.RootElement.GetProperty("service").GetString(), answer.RootElement.GetProperty("stalled").GetBoolean()));
        Assert.Equal(ServiceDeployment.InProgress, during);
        Assert.Equal(HttpStatusCode.OK, released.StatusCode);
        Assert.Equal(ServiceDeployment.Completed, host.State.Read(w => w.Services.Values.First().PrimaryDeployment.RolloutState));
    }

    [Theory]
    [InlineData("""{"service":"nope"}""", "'nope'")]
    [InlineData("""{"cluster":"win-prod"}""", "service")]
    [InlineData("""{"service":7}""", "")]
    [InlineData("not json", "")]
    public async Task PostStall_BadBody_400WithAMessageAndNothingStalled(string body, string mentioned)
    {
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);

        using var response = await wire.AdminSendAsync(HttpMethod.Post, "rollouts/stall", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(mentioned, answer.RootElement.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(host.State.Read(w => w.Services.Values.Select(s => s.RolloutStalled).ToList()), s => s);
    }

    [Fact]
    public async Task GetState_StalledService_SaysSoWithItsEvents()
    {
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);
        host.Admin.StallRollout(ScenarioIds.ServiceName);

        using var state = JsonDocument.Parse(await wire.AdminGetAsync("state"));

        var service = state.RootElement.GetProperty("services")[0];
        Assert.True(service.GetProperty("rolloutStalled").GetBoolean());
        Assert.Equal("(service iis-webserver) has reached a steady state.", service.GetProperty("events")[0].GetString());
    }
}
