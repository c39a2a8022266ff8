using EcsWinReconciler.Sandbox.Hosting;
using EcsWinReconciler.Sandbox.Lifecycle;
using EcsWinReconciler.Sandbox.Scenarios;
using EcsWinReconciler.Sandbox.State;
using EcsWinReconciler.Sandbox.Tests.Support;

namespace EcsWinReconciler.Sandbox.Tests.Scenarios;

/// <summary><c>drifted-fleet-N</c>: the IIS service at N tasks started with a stray group and a stray subnet.</summary>
public class DriftedFleetTests
{
    private const string SpecNetwork = """{"cluster":"win-prod","service":"iis-webserver","networkConfiguration":{"awsvpcConfiguration":{"subnets":["subnet-0a1b2c3d4e5f60718","subnet-0b2c3d4e5f6071829"],"securityGroups":["sg-0123456789abcdef0"]}}}""";

    private static Task<SandboxHost> StartAsync(string name = "drifted-fleet-50") =>
        SandboxHost.StartAsync(name, new SandboxOptions { Seed = 7, TimeProvider = TestClock.Create() });

    private static List<(string Arn, string Subnet, List<string> Groups)> Running(SandboxHost host) =>
        host.State.Read(w => w.Tasks.Values
            .Where(t => t.ServiceName == ScenarioIds.ServiceName && t.LastStatus == TaskStatuses.Running && t.DesiredStatus == TaskStatuses.Running)
            .Select(t => (t.Arn, w.NetworkInterfaces[t.Eni!.NetworkInterfaceId!].SubnetId, w.NetworkInterfaces[t.Eni!.NetworkInterfaceId!].GroupIds.ToList()))
            .ToList());

    [Fact]
    public async Task Start_Fifty_AllCarryTheStrayGroupAndZoneATasksSitInTheStraySubnet()
    {
        await using var host = await StartAsync();

        var running = Running(host);

        Assert.Equal(50, running.Count);
        Assert.All(running, t => Assert.Equal([ScenarioIds.WebGroup, ScenarioIds.LegacyGroup], t.Groups));
        Assert.Equal([ScenarioIds.SubnetB, ScenarioIds.StraySubnet], running.Select(t => t.Subnet).Distinct().Order(StringComparer.Ordinal));
        host.State.Read(w =>
        {
            var service = w.Services.Values.Single(s => s.Name == ScenarioIds.ServiceName);
            Assert.Equal(DriftedFleet.Network, service.NetworkConfiguration);
            Assert.Equal((ServiceDeployment.Completed, 1), (service.PrimaryDeployment.RolloutState, service.Deployments.Count));
            Assert.Equal("(service iis-webserver) has reached a steady state.", service.Events[0].Message);
            Assert.All(running, t => Assert.Equal(w.Tasks[t.Arn].AvailabilityZone == ScenarioIds.ZoneA ? ScenarioIds.StraySubnet : ScenarioIds.SubnetB, t.Subnet));
            return 0;
        });
    }

    [Fact]
    public async Task Start_TwentyFiveStarted_TenTasksToAServiceEvent()
    {
        await using var host = await StartAsync("drifted-fleet-25");

        var started = host.State.Read(w => w.Services.Values.First().Events.Select(e => e.Message).Where(m => m.Contains("has started", StringComparison.Ordinal)).ToList());

        Assert.Equal(["has started 5 tasks", "has started 10 tasks", "has started 10 tasks"], started.Select(m => m[(m.IndexOf(") ", StringComparison.Ordinal) + 2)..m.IndexOf(':', StringComparison.Ordinal)]));
        Assert.Equal(25, started.Sum(m => m.Split("(task ").Length - 1));
    }

    [Fact]
    public async Task RepairUpdate_RoomForASecondDeployment_CompletesInOneCall()
    {
        await using var host = await StartAsync();
        using var wire = new WireCalls(host);
        var old = Running(host).Select(t => t.Arn).ToHashSet();

        await wire.EcsAsync("UpdateService", SpecNetwork);

        var running = Running(host);
        Assert.Equal(50, running.Count);
        Assert.DoesNotContain(running, t => old.Contains(t.Arn));
        Assert.All(running, t => Assert.Equal([ScenarioIds.WebGroup], t.Groups));
        Assert.All(running, t => Assert.Contains(t.Subnet, new[] { ScenarioIds.SubnetA, ScenarioIds.SubnetB }));
        Assert.Equal(ServiceDeployment.Completed, host.State.Read(w => w.Services.Values.First().PrimaryDeployment.RolloutState));
    }

    [Fact]
    public async Task RepairUpdate_Stalled_TheFiftyDriftedTasksKeepRunningUntilReleased()
    {
        await using var host = await StartAsync();
        using var wire = new WireCalls(host);
        var old = Running(host).Select(t => t.Arn).ToList();
        host.Admin.StallRollout(ScenarioIds.ServiceName);

        await wire.EcsAsync("UpdateService", SpecNetwork);

        Assert.Equal(old, Running(host).Select(t => t.Arn));
        var service = await wire.DescribeServiceAsync(ScenarioIds.ServiceName);
        Assert.Equal(("IN_PROGRESS", 50, 0), (service.GetProperty("deployments")[0].GetProperty("rolloutState").GetString(), service.GetProperty("deployments")[0].GetProperty("desiredCount").GetInt32(), service.GetProperty("deployments")[0].GetProperty("runningCount").GetInt32()));
        Assert.Contains("RESOURCE:ENI", service.GetProperty("events")[0].GetProperty("message").GetString(), StringComparison.Ordinal);

        host.Admin.ReleaseRollout(ScenarioIds.ServiceName);

        Assert.All(Running(host), t => Assert.Equal([ScenarioIds.WebGroup], t.Groups));
        Assert.Equal(50, Running(host).Count);
    }
}
