using EcsWinReconciler.Sandbox.Hosting;
using EcsWinReconciler.Sandbox.Lifecycle;
using EcsWinReconciler.Sandbox.Scenarios;
using EcsWinReconciler.Sandbox.State;
using EcsWinReconciler.Sandbox.Tests.Support;

namespace EcsWinReconciler.Sandbox.Tests.Faults;

/// <summary>The rollout-stall fault: a service's new tasks find no ENI slot until it is released.</summary>
public class RolloutStallTests
{
    private const string NewGroups = """{"cluster":"win-prod","service":"iis-webserver","networkConfiguration":{"awsvpcConfiguration":{"subnets":["subnet-0a1b2c3d4e5f60718","subnet-0b2c3d4e5f6071829"],"securityGroups":["sg-0123456789abcdef0","sg-0aa11bb22cc33dd44"]}}}""";

    private static IReadOnlyList<string> Running(SandboxHost host) =>
        host.State.Read(w => w.Tasks.Values.Where(t => t.LastStatus == TaskStatuses.Running && t.DesiredStatus == TaskStatuses.Running).Select(t => t.Arn).ToList());

    [Fact]
    public async Task StallRollout_ThenRedeploy_InProgressBesideTheOldTasksWithResourceEni()
    {
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);
        var old = Running(host);

        host.Admin.StallRollout(ScenarioIds.ServiceName);
        await wire.EcsAsync("UpdateService", NewGroups);
        await wire.EcsAsync("UpdateService", """{"cluster":"win-prod","service":"iis-webserver","desiredCount":2}""");

        var service = await wire.DescribeServiceAsync(ScenarioIds.ServiceName);
        Assert.Equal(old, Running(host));
        var primary = service.GetProperty("deployments")[0];
        Assert.Equal(("PRIMARY", "IN_PROGRESS", 0), (primary.GetProperty("status").GetString(), primary.GetProperty("rolloutState").GetString(), primary.GetProperty("runningCount").GetInt32()));
        Assert.Equal(("ACTIVE", 2), (service.GetProperty("deployments")[1].GetProperty("status").GetString(), service.GetProperty("deployments")[1].GetProperty("runningCount").GetInt32()));
        var messages = service.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("message").GetString()!).ToList();
        Assert.All(messages[..2], m => Assert.Contains("encountered error \"RESOURCE:ENI\"", m, StringComparison.Ordinal));
        Assert.Equal(2, host.State.Read(w => w.NetworkInterfaces.Values.Count(n => n.Attachment?.InstanceId == ScenarioIds.WindowsHostA)));
    }

    [Fact]
    public async Task ReleaseRollout_Immediate_RolloutCompletesAndTheOldTasksStop()
    {
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);
        var old = Running(host);
        host.Admin.StallRollout(ScenarioIds.ServiceName);
        await wire.EcsAsync("UpdateService", NewGroups);

        host.Admin.ReleaseRollout(ScenarioIds.ServiceName);

        var running = Running(host);
        Assert.Equal(2, running.Count);
        Assert.Empty(running.Intersect(old));
        Assert.All(running, arn => Assert.Contains(ScenarioIds.LegacyGroup, host.State.Read(w => w.NetworkInterfaces[w.Tasks[arn].Eni!.NetworkInterfaceId!].GroupIds)));
        var service = await wire.DescribeServiceAsync(ScenarioIds.ServiceName);
        Assert.Equal("COMPLETED", Assert.Single(service.GetProperty("deployments").EnumerateArray()).GetProperty("rolloutState").GetString());
        Assert.False(host.State.Read(w => w.Services.Values.First().RolloutStalled));
    }

    [Fact]
    public async Task ReleaseRollout_Manual_NothingMovesUntilStepped()
    {
        await using var host = await TestSandbox.StartAsync(lifecycle: LifecycleMode.Manual);
        using var wire = new WireCalls(host);
        host.Admin.StallRollout(ScenarioIds.ServiceName);
        await wire.EcsAsync("UpdateService", NewGroups);
        host.Admin.Step();
        Assert.Equal(2, host.State.Read(w => w.Tasks.Count));

        host.Admin.ReleaseRollout(ScenarioIds.ServiceName);
        Assert.Equal(2, host.State.Read(w => w.Tasks.Count));
        host.Admin.Settle();

        Assert.Equal(ServiceDeployment.Completed, host.State.Read(w => w.Services.Values.First().PrimaryDeployment.RolloutState));
        Assert.Equal(4, host.State.Read(w => w.Tasks.Count));
    }

    [Fact]
    public async Task StallRollout_Manual_SteppingEndsEvenThoughEveryStepRetries()
    {
        await using var host = await TestSandbox.StartAsync(lifecycle: LifecycleMode.Manual);
        using var wire = new WireCalls(host);
        host.Admin.StallRollout(ScenarioIds.ServiceName);
        await wire.EcsAsync("UpdateService", NewGroups);

        var steps = 0;
        while (host.Admin.Step() && steps < 10)
        {
            steps++;
        }

        Assert.Equal(0, steps);
        Assert.Equal(ServiceDeployment.InProgress, host.State.Read(w => w.Services.Values.First().PrimaryDeployment.RolloutState));
    }

    [Fact]
    public async Task StallRollout_UnknownService_KeyNotFound()
    {
        await using var host = await TestSandbox.StartAsync();

        var error = Assert.Throws<KeyNotFoundException>(() => host.Admin.StallRollout("nope"));

        Assert.Contains("'nope'", error.Message, StringComparison.Ordinal);
    }
}
