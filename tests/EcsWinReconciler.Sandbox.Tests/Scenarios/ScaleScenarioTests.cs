using EcsWinReconciler.Sandbox.Hosting;
using EcsWinReconciler.Sandbox.Lifecycle;
using EcsWinReconciler.Sandbox.Scenarios;
using EcsWinReconciler.Sandbox.State;
using EcsWinReconciler.Sandbox.Tests.Support;

namespace EcsWinReconciler.Sandbox.Tests.Scenarios;

public class ScaleScenarioTests
{
    [Fact]
    public async Task Create_ThirtyTasks_AllRunningOnThreeHostsWithAFreeSlotEach()
    {
        await using var host = await SandboxHost.StartAsync(ScaleScenario.Create(30));

        host.State.Read(w =>
        {
            var scaled = w.Tasks.Values.Where(t => t.ServiceName == ScaleScenario.ServiceName).ToList();
            Assert.Equal(30, scaled.Count);
            Assert.All(scaled, t => Assert.Equal((TaskStatuses.Running, TaskStatuses.Running), (t.LastStatus, t.DesiredStatus)));
            var hosts = scaled.GroupBy(t => t.ContainerInstanceArn).ToList();
            Assert.Equal(ScaleScenario.Hosts(30), hosts.Count);
            foreach (var onHost in hosts)
            {
                var instanceId = w.ContainerInstances[onHost.Key].Ec2InstanceId;
                var attached = w.NetworkInterfaces.Values.Count(n => n.Attachment?.InstanceId == instanceId);
                Assert.True(attached < ScaleScenario.HostType.MaximumNetworkInterfaces, $"{instanceId} has {attached} ENIs");
                Assert.Equal(onHost.Count() + 1, attached);
            }

            Assert.Equal(w.Tasks.Count, w.Tasks.Values.Select(t => w.NetworkInterfaces[t.Eni!.NetworkInterfaceId!].PrivateIpAddress).Distinct().Count());
            Assert.All(scaled, t => Assert.Contains(w.NetworkInterfaces[t.Eni!.NetworkInterfaceId!].SubnetId, new[] { ScaleScenario.SubnetA, ScaleScenario.SubnetB }));
            Assert.All(scaled, t => Assert.Equal([ScenarioIds.WebGroup], w.NetworkInterfaces[t.Eni!.NetworkInterfaceId!].GroupIds));
            Assert.Equal(30, w.Events.Count(e => scaled.Any(t => t.Arn == e.TaskArn) && e.LastStatus == TaskStatuses.Running));
            var service = w.Services.Values.Single(s => s.Name == ScaleScenario.ServiceName);
            Assert.Equal(ServiceDeployment.Completed, service.PrimaryDeployment.RolloutState);
            Assert.Equal("(service iis-scale) has reached a steady state.", service.Events[0].Message);
            return 0;
        });
    }

    [Fact]
    public async Task Create_ScaledTasks_AreListedPageByPageOverTheWire()
    {
        await using var host = await SandboxHost.StartAsync(ScaleScenario.Create(150), new SandboxOptions { TimeProvider = TestClock.Create() });
        using var wire = new WireCalls(host);

        var (_, first) = await wire.EcsAsync("ListTasks", """{"cluster":"win-prod"}""");
        var (_, second) = await wire.EcsAsync("ListTasks", $$"""{"cluster":"win-prod","nextToken":"{{first.GetProperty("nextToken").GetString()}}"}""");

        Assert.Equal(100, first.GetProperty("taskArns").GetArrayLength());
        Assert.Equal(52, second.GetProperty("taskArns").GetArrayLength());
        Assert.False(second.TryGetProperty("nextToken", out _));
    }
}
