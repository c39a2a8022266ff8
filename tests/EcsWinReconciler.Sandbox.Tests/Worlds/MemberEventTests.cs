using System.Net;
using System.Text.Json;
using EcsWinReconciler.Sandbox.Scenarios;
using EcsWinReconciler.Sandbox.State;
using EcsWinReconciler.Sandbox.Tests.Support;
using static EcsWinReconciler.Sandbox.Scenarios.TwoMembers;

namespace EcsWinReconciler.Sandbox.Tests.Worlds;

/// <summary>A member world's task events and ARNs say the member's account and region, as EventBridge's would.</summary>
public sealed class MemberEventTests
{
    private const string EcsPrefix = $"arn:aws:ecs:{EuWestRegion}:{EuWestAccount}:";

    [Fact]
    public async Task Events_TasksTheScenarioStartedInAMember_CarryItsAccountRegionAndArns()
    {
        await using var host = await TestSandbox.StartAsync();
        var members = AddTo(host);

        var events = members.EuWest.Events();

        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal((EuWestAccount, EuWestRegion, true), Envelope(e)));
        Assert.All(events.Select(Detail), d =>
        {
            Assert.StartsWith(EcsPrefix + "task/win-prod/", d.GetProperty("taskArn").GetString(), StringComparison.Ordinal);
            Assert.Equal(EcsPrefix + "cluster/win-prod", d.GetProperty("clusterArn").GetString());
            Assert.StartsWith(EcsPrefix + "container-instance/win-prod/", d.GetProperty("containerInstanceArn").GetString(), StringComparison.Ordinal);
            Assert.StartsWith(EuWestRegion, d.GetProperty("availabilityZone").GetString(), StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task RunTask_ByTheMembersSession_EmitsEventsInTheMembersWorldOnly()
    {
        await using var host = await TestSandbox.StartAsync();
        var members = AddTo(host);
        var session = await WorldClients.AssumeAsync(host, EuWestAccount);
        using var wire = new WireCalls(host, EuWestRegion, session.AccessKeyId);
        var (hubBefore, memberBefore) = (host.Admin.Events().Count, members.EuWest.Events().Count);

        var (status, body) = await wire.EcsAsync("RunTask", EcsBodies.With(
            """{"cluster":"win-prod","taskDefinition":"iis-webserver","launchType":"EC2"}""",
            EcsBodies.Network([ScenarioIds.SubnetB], [ScenarioIds.WebGroup])));

        Assert.Equal(HttpStatusCode.OK, status);
        var taskArn = Assert.Single(body.GetProperty("tasks").EnumerateArray()).GetProperty("taskArn").GetString()!;
        Assert.StartsWith(EcsPrefix + "task/win-prod/", taskArn, StringComparison.Ordinal);
        var started = members.EuWest.Events(memberBefore);
        Assert.Contains(started, e => e.TaskArn == taskArn && e.LastStatus == "RUNNING");
        Assert.All(started, e => Assert.Equal((EuWestAccount, EuWestRegion, true), Envelope(e)));
        Assert.Equal(hubBefore, host.Admin.Events().Count);
        Assert.DoesNotContain(members.UsWest.Events(), e => e.TaskArn == taskArn);
    }

    /// <summary>(account, region, resources name the task) of the EventBridge envelope.</summary>
    private static (string?, string?, bool) Envelope(TaskStateChangeEvent e)
    {
        using var json = JsonDocument.Parse(e.Json);
        var root = json.RootElement;
        return (root.GetProperty("account").GetString(), root.GetProperty("region").GetString(),
            root.GetProperty("resources")[0].GetString() == e.TaskArn);
    }

    private static JsonElement Detail(TaskStateChangeEvent e)
    {
        using var json = JsonDocument.Parse(e.Json);
        return json.RootElement.GetProperty("detail").Clone();
    }
}
