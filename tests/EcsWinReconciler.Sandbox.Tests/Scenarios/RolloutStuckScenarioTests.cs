using System.Text.Json;
using EcsWinReconciler.Sandbox.Hosting;
using EcsWinReconciler.Sandbox.Lifecycle;
using EcsWinReconciler.Sandbox.Scenarios;
using EcsWinReconciler.Sandbox.State;
using EcsWinReconciler.Sandbox.Tests.Support;

namespace EcsWinReconciler.Sandbox.Tests.Scenarios;

/// <summary><c>rollout-stuck</c>: the IIS service with the legacy group in its config and a redeployment that cannot place a task.</summary>
public class RolloutStuckScenarioTests
{
    private const string SpecNetwork = """{"cluster":"win-prod","service":"iis-webserver","networkConfiguration":{"awsvpcConfiguration":{"subnets":["subnet-0a1b2c3d4e5f60718","subnet-0b2c3d4e5f6071829"],"securityGroups":["sg-0123456789abcdef0"]}}}""";

    private static List<List<string>> RunningTaskGroups(SandboxHost host) =>
        host.State.Read(w => w.Tasks.Values.Where(t => t.LastStatus == TaskStatuses.Running && t.DesiredStatus == TaskStatuses.Running)
            .Select(t => w.NetworkInterfaces[t.Eni!.NetworkInterfaceId!].GroupIds.ToList()).ToList());

    private static List<(string Status, string Rollout, int Running)> Deployments(JsonElement service) =>
        [.. service.GetProperty("deployments").EnumerateArray().Select(d => (d.GetProperty("status").GetString()!, d.GetProperty("rolloutState").GetString()!, d.GetProperty("runningCount").GetInt32()))];

    [Fact]
    public async Task Start_LegacyGroupTasksRunBesideAPrimaryThatCannotPlaceATask()
    {
        await using var host = await TestSandbox.StartAsync("rollout-stuck");
        using var wire = new WireCalls(host);

        var service = await wire.DescribeServiceAsync(ScenarioIds.ServiceName);

        Assert.Equal([("PRIMARY", "IN_PROGRESS", 0), ("ACTIVE", "COMPLETED", 2)], Deployments(service));
        Assert.Equal([ScenarioIds.WebGroup, ScenarioIds.LegacyGroup], service.GetProperty("networkConfiguration").GetProperty("awsvpcConfiguration").GetProperty("securityGroups").EnumerateArray().Select(g => g.GetString()));
        Assert.Equal(2, RunningTaskGroups(host).Count);
        Assert.All(RunningTaskGroups(host), groups => Assert.Equal([ScenarioIds.WebGroup, ScenarioIds.LegacyGroup], groups));
        Assert.Equal(
            "(service iis-webserver) was unable to place a task because no container instance met all of its requirements. " +
            $"The closest matching (container-instance {ScenarioIds.ContainerInstanceA}) encountered error \"RESOURCE:ENI\". For more information, see the Troubleshooting section.",
            service.GetProperty("events")[0].GetProperty("message").GetString());
        Assert.True(host.State.Read(w => w.Services.Values.First().RolloutStalled));
    }

    [Fact]
    public async Task RepairUpdate_StaysInProgressWithTheDriftedTasksUntilReleased()
    {
        await using var host = await TestSandbox.StartAsync("rollout-stuck");
        using var wire = new WireCalls(host);

        await wire.EcsAsync("UpdateService", SpecNetwork);
        var during = await wire.DescribeServiceAsync(ScenarioIds.ServiceName);
        var driftedDuring = RunningTaskGroups(host);
        host.Admin.ReleaseRollout(ScenarioIds.ServiceName);
        var after = await wire.DescribeServiceAsync(ScenarioIds.ServiceName);

        // The forced deployment never ran a task, so the repair's deployment replaced it at once.
        Assert.Equal([("PRIMARY", "IN_PROGRESS", 0), ("ACTIVE", "COMPLETED", 2)], Deployments(during));
        Assert.All(driftedDuring, groups => Assert.Contains(ScenarioIds.LegacyGroup, groups));
        Assert.Equal([("PRIMARY", "COMPLETED", 2)], Deployments(after));
        Assert.Equal([[ScenarioIds.WebGroup], [ScenarioIds.WebGroup]], RunningTaskGroups(host));
        Assert.Equal("(service iis-webserver) has reached a steady state.", after.GetProperty("events")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Start_SameSeed_SameAccount()
    {
        await using var first = await TestSandbox.StartAsync("rollout-stuck", seed: 3);
        await using var second = await TestSandbox.StartAsync("rollout-stuck", seed: 3);

        Assert.Equal(first.Admin.DumpState(), second.Admin.DumpState());
        Assert.Contains(ServiceDeployment.InProgress, first.Admin.DumpState(), StringComparison.Ordinal);
    }
}
