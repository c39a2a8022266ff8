using EcsWinReconciler.Sandbox.Scenarios;
using EcsWinReconciler.Sandbox.Tests.Support;

namespace EcsWinReconciler.Sandbox.Tests.Ecs;

public class UpdateServiceTests
{
    [Fact]
    public async Task UpdateService_NewSecurityGroups_OldTasksReplacedByTasksWithTheNewGroups()
    {
        await using var host = await TestSandbox.StartAsync("wrong-security-groups");
        using var wire = new WireCalls(host);
        var oldTasks = host.State.Read(w => w.Tasks.Values.Select(t => (t.Arn, t.Eni!.NetworkInterfaceId!)).ToList());
        Assert.All(oldTasks, t => Assert.Equal([ScenarioIds.WebGroup, ScenarioIds.LegacyGroup], host.State.Read(w => w.NetworkInterfaces[t.Item2].GroupIds.ToList())));

        var (_, body) = await wire.EcsAsync("UpdateService", EcsBodies.With(
            """{"cluster":"win-prod","service":"iis-webserver","forceNewDeployment":true}""",
            EcsBodies.Network([ScenarioIds.SubnetA, ScenarioIds.SubnetB], [ScenarioIds.WebGroup])));

        var groups = body.GetProperty("service").GetProperty("networkConfiguration").GetProperty("awsvpcConfiguration").GetProperty("securityGroups");
        Assert.Equal([ScenarioIds.WebGroup], groups.EnumerateArray().Select(g => g.GetString()));
        var (stopped, running) = host.State.Read(w => (
            oldTasks.Select(t => w.Tasks[t.Arn]).ToList(),
            w.Tasks.Values.Where(t => t.LastStatus == "RUNNING").ToList()));
        Assert.All(stopped, t => Assert.Equal(("STOPPED", "ServiceSchedulerInitiated"), (t.LastStatus, t.StopCode)));
        Assert.Equal(2, running.Count);
        Assert.All(running, t => Assert.Equal([ScenarioIds.WebGroup], host.State.Read(w => w.NetworkInterfaces[t.Eni!.NetworkInterfaceId!].GroupIds.ToList())));
        Assert.All(oldTasks, t => Assert.False(host.State.Read(w => w.NetworkInterfaces.ContainsKey(t.Item2))));
        Assert.Equal("COMPLETED", host.State.Read(w => w.Services.Values.First().PrimaryDeployment.RolloutState));
    }

    [Fact]
    public async Task UpdateService_SameConfigurationWithoutForce_NoNewDeployment()
    {
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);
        var before = host.State.Read(w => w.Tasks.Keys.ToList());

        var (_, body) = await wire.EcsAsync("UpdateService", """{"cluster":"win-prod","service":"iis-webserver","desiredCount":2}""");

        Assert.Single(body.GetProperty("service").GetProperty("deployments").EnumerateArray());
        Assert.Equal(before, host.State.Read(w => w.Tasks.Keys.ToList()));
    }

    [Fact]
    public async Task UpdateService_UnknownGroup_InvalidParameterExceptionAndNoChange()
    {
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);

        var (_, body) = await wire.EcsAsync("UpdateService", EcsBodies.With(
            """{"cluster":"win-prod","service":"iis-webserver"}""",
            EcsBodies.Network([ScenarioIds.SubnetA], ["sg-0000000000000000a"])));

        Assert.Equal("InvalidParameterException", body.GetProperty("__type").GetString());
        Assert.Empty(host.Admin.Writes());
    }

    [Fact]
    public async Task UpdateService_UnknownService_ServiceNotFoundException()
    {
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);

        var (_, body) = await wire.EcsAsync("UpdateService", """{"cluster":"win-prod","service":"nope","forceNewDeployment":true}""");

        Assert.Equal("ServiceNotFoundException", body.GetProperty("__type").GetString());
    }
}
