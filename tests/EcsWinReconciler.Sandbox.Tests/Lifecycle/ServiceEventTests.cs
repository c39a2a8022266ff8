using System.Text.Json;
using EcsWinReconciler.Sandbox.Hosting;
using EcsWinReconciler.Sandbox.Lifecycle;
using EcsWinReconciler.Sandbox.Scenarios;
using EcsWinReconciler.Sandbox.State;
using EcsWinReconciler.Sandbox.Tests.Support;

namespace EcsWinReconciler.Sandbox.Tests.Lifecycle;

/// <summary>The service scheduler's event log, as DescribeServices serves it: ECS's messages, newest first, the last 100.</summary>
public class ServiceEventTests
{
    private const string Troubleshooting = "For more information, see the Troubleshooting section.";

    private static List<string> Messages(JsonElement service) =>
        [.. service.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("message").GetString()!)];

    private static string TaskIds(SandboxHost host, Func<EcsTask, bool> which) =>
        host.State.Read(w => string.Join(' ', w.Tasks.Values.Where(which).Select(t => $"(task {t.Id})")));

    [Fact]
    public async Task Healthy_Start_StartedCompletedSteadyNewestFirst()
    {
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);

        var service = await wire.DescribeServiceAsync(ScenarioIds.ServiceName);

        var deployment = service.GetProperty("deployments")[0].GetProperty("id").GetString();
        Assert.Equal(
            [
                "(service iis-webserver) has reached a steady state.",
                $"(service iis-webserver) (deployment {deployment}) deployment completed.",
                $"(service iis-webserver) has started 2 tasks: {TaskIds(host, _ => true)}.",
            ],
            Messages(service));
        var first = service.GetProperty("events")[0];
        Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", first.GetProperty("id").GetString());
        Assert.Equal(TestClock.Start.ToUnixTimeSeconds(), first.GetProperty("createdAt").GetDouble());
    }

    [Fact]
    public async Task Redeploy_WithRoom_StartsNewStopsOldThenSteadyAgain()
    {
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);
        var old = host.State.Read(w => w.Tasks.Keys.ToHashSet());

        await wire.EcsAsync("UpdateService", """{"cluster":"win-prod","service":"iis-webserver","forceNewDeployment":true}""");

        var messages = Messages(await wire.DescribeServiceAsync(ScenarioIds.ServiceName));
        var primary = host.State.Read(w => w.Services.Values.First().PrimaryDeployment.Id);
        Assert.Equal(
            [
                "(service iis-webserver) has reached a steady state.",
                $"(service iis-webserver) (deployment {primary}) deployment completed.",
                $"(service iis-webserver) has stopped 2 running tasks: {TaskIds(host, t => old.Contains(t.Arn))}.",
                $"(service iis-webserver) has started 2 tasks: {TaskIds(host, t => !old.Contains(t.Arn))}.",
            ],
            messages[..4]);
        Assert.Equal(7, messages.Count);
    }

    [Fact]
    public async Task StopTask_ServiceTask_ReplacementStartedAndSteadyAgain()
    {
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);
        var before = host.State.Read(w => w.Tasks.Keys.ToHashSet());

        await wire.EcsAsync("StopTask", $$"""{"cluster":"win-prod","task":"{{before.First()}}"}""");

        var messages = Messages(await wire.DescribeServiceAsync(ScenarioIds.ServiceName));
        Assert.Equal(
            ["(service iis-webserver) has reached a steady state.", $"(service iis-webserver) has started 1 tasks: {TaskIds(host, t => !before.Contains(t.Arn))}."],
            messages[..2]);
        Assert.DoesNotContain(messages, m => m.Contains("has stopped", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ScaleOut_BeyondTheHostsEniSlots_ResourceEniNamingTheClosestHost()
    {
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);

        // Two m5.large hosts hold two task ENIs each: the fifth and sixth tasks have no slot.
        await wire.EcsAsync("UpdateService", """{"cluster":"win-prod","service":"iis-webserver","desiredCount":6}""");

        var service = await wire.DescribeServiceAsync(ScenarioIds.ServiceName);
        Assert.Equal(
            "(service iis-webserver) was unable to place a task because no container instance met all of its requirements. " +
            $"The closest matching (container-instance {ScenarioIds.ContainerInstanceA}) encountered error \"RESOURCE:ENI\". {Troubleshooting}",
            Messages(service)[0]);
        Assert.StartsWith("(service iis-webserver) has started 2 tasks: ", Messages(service)[1], StringComparison.Ordinal);
        Assert.Equal((6, 4), (service.GetProperty("desiredCount").GetInt32(), service.GetProperty("runningCount").GetInt32()));
        Assert.Equal(0, host.State.Read(w => w.Tasks.Values.Count(t => t.StopCode == StopCodes.TaskFailedToStart)));
    }

    [Fact]
    public async Task Redeploy_NoHostOfTheTasksOs_MissingAttributeNamingAnActiveHost()
    {
        await using var host = await TestSandbox.StartAsync("linux-task");
        using var wire = new WireCalls(host);
        host.State.Write(w => w.ContainerInstances.Values.Single(c => c.OsType == "linux").AgentConnected = false);

        await wire.EcsAsync("UpdateService", """{"cluster":"win-prod","service":"log-router","forceNewDeployment":true}""");

        var messages = Messages(await wire.DescribeServiceAsync(ScenarioIds.LinuxServiceName));
        Assert.Equal(
            "(service log-router) was unable to place a task because no container instance met all of its requirements. " +
            $"The closest matching (container-instance {ScenarioIds.ContainerInstanceA}) is missing an attribute required by your task. {Troubleshooting}",
            messages[0]);
    }

    [Fact]
    public async Task Redeploy_NoActiveHostAtAll_NoContainerInstancesFound()
    {
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);
        host.State.Write(w =>
        {
            foreach (var instance in w.ContainerInstances.Values)
            {
                instance.Status = "DRAINING";
            }
        });

        await wire.EcsAsync("UpdateService", """{"cluster":"win-prod","service":"iis-webserver","forceNewDeployment":true}""");

        Assert.Equal(
            $"(service iis-webserver) was unable to place a task because no container instance met all of its requirements. Reason: No Container Instances were found in your cluster. {Troubleshooting}",
            Messages(await wire.DescribeServiceAsync(ScenarioIds.ServiceName))[0]);
    }

    [Fact]
    public async Task Events_MoreThanEcsKeeps_TheNewest100()
    {
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);
        host.State.Write(w =>
        {
            var service = w.Services.Values.First();
            for (var i = 0; i < 120; i++)
            {
                ServiceEvents.Log(w, service, $"message {i}");
            }
        });

        var messages = Messages(await wire.DescribeServiceAsync(ScenarioIds.ServiceName));

        Assert.Equal(EcsService.KeptEvents, messages.Count);
        Assert.Equal("message 119", messages[0]);
        Assert.Equal("message 20", messages[^1]);
    }
}
