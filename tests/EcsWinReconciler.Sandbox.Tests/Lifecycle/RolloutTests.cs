using System.Text.Json;
using EcsWinReconciler.Sandbox.Lifecycle;
using EcsWinReconciler.Sandbox.Scenarios;
using EcsWinReconciler.Sandbox.State;
using EcsWinReconciler.Sandbox.Tests.Support;

namespace EcsWinReconciler.Sandbox.Tests.Lifecycle;

/// <summary>Rolling deployments with ECS's defaults (minimum healthy 100%, maximum 200%) and how DescribeServices shows them.</summary>
public class RolloutTests
{
    private const string NewGroups = """{"cluster":"win-prod","service":"iis-webserver","networkConfiguration":{"awsvpcConfiguration":{"subnets":["subnet-0a1b2c3d4e5f60718","subnet-0b2c3d4e5f6071829"],"securityGroups":["sg-0123456789abcdef0","sg-0aa11bb22cc33dd44"]}}}""";

    private static JsonElement Deployment(JsonElement service, string status) =>
        Assert.Single(service.GetProperty("deployments").EnumerateArray(), d => d.GetProperty("status").GetString() == status);

    private static (int Desired, int Pending, int Running, int Failed) Counts(JsonElement deployment) => (
        deployment.GetProperty("desiredCount").GetInt32(), deployment.GetProperty("pendingCount").GetInt32(),
        deployment.GetProperty("runningCount").GetInt32(), deployment.GetProperty("failedTasks").GetInt32());

    [Fact]
    public async Task Redeploy_Manual_OldTasksStopOnlyOnceTheNewOnesRun()
    {
        await using var host = await TestSandbox.StartAsync(lifecycle: LifecycleMode.Manual);
        using var wire = new WireCalls(host);
        var old = host.State.Read(w => w.Tasks.Keys.ToHashSet());
        var before = host.Admin.Events().Count;

        await wire.EcsAsync("UpdateService", NewGroups);
        while (host.Admin.Step())
        {
        }

        var events = host.Admin.Events(before);
        var lastNewStart = events.Select((e, i) => (e, i)).Last(x => !old.Contains(x.e.TaskArn) && x.e.LastStatus == TaskStatuses.Running).i;
        var firstOldStop = events.Select((e, i) => (e, i)).First(x => old.Contains(x.e.TaskArn)).i;
        Assert.True(lastNewStart < firstOldStop, "the old tasks were asked to stop before their replacements ran");
        Assert.All(old, arn => Assert.Equal(TaskStatuses.Stopped, host.State.Read(w => w.Tasks[arn].LastStatus)));
        Assert.Equal(ServiceDeployment.Completed, host.State.Read(w => w.Services.Values.First().PrimaryDeployment.RolloutState));
    }

    [Fact]
    public async Task DescribeServices_MidRollout_BothDeploymentsWithReasonsAndCounts()
    {
        await using var host = await TestSandbox.StartAsync(lifecycle: LifecycleMode.Manual);
        using var wire = new WireCalls(host);
        await wire.EcsAsync("UpdateService", NewGroups);
        host.Admin.Step();

        var service = await wire.DescribeServiceAsync(ScenarioIds.ServiceName);

        var primary = Deployment(service, "PRIMARY");
        var id = primary.GetProperty("id").GetString();
        Assert.Equal(("IN_PROGRESS", $"ECS deployment {id} in progress."), (primary.GetProperty("rolloutState").GetString(), primary.GetProperty("rolloutStateReason").GetString()));
        Assert.Equal((2, 2, 0, 0), Counts(primary));
        var active = Deployment(service, "ACTIVE");
        Assert.Equal("COMPLETED", active.GetProperty("rolloutState").GetString());
        Assert.Equal($"ECS deployment {active.GetProperty("id").GetString()} completed.", active.GetProperty("rolloutStateReason").GetString());
        Assert.Equal((0, 0, 2, 0), Counts(active));
        Assert.Equal((2, 2), (service.GetProperty("runningCount").GetInt32(), service.GetProperty("pendingCount").GetInt32()));

        host.Admin.Settle();
        var done = Assert.Single((await wire.DescribeServiceAsync(ScenarioIds.ServiceName)).GetProperty("deployments").EnumerateArray());
        Assert.Equal((id, "COMPLETED", $"ECS deployment {id} completed."), (done.GetProperty("id").GetString(), done.GetProperty("rolloutState").GetString(), done.GetProperty("rolloutStateReason").GetString()));
    }

    [Fact]
    public async Task Redeploy_HostsFullOfTheServiceItself_NoRoomSoOldTasksKeepRunning()
    {
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);
        await wire.EcsAsync("UpdateService", """{"cluster":"win-prod","service":"iis-webserver","desiredCount":4}""");
        var old = host.State.Read(w => w.Tasks.Values.Where(t => t.LastStatus == TaskStatuses.Running).Select(t => t.Arn).ToList());

        await wire.EcsAsync("UpdateService", NewGroups);

        var service = await wire.DescribeServiceAsync(ScenarioIds.ServiceName);
        Assert.Equal(4, old.Count);
        Assert.All(old, arn => Assert.Equal((TaskStatuses.Running, TaskStatuses.Running), host.State.Read(w => (w.Tasks[arn].LastStatus, w.Tasks[arn].DesiredStatus))));
        Assert.Equal((4, 0, 0, 0), Counts(Deployment(service, "PRIMARY")));
        Assert.Equal("IN_PROGRESS", Deployment(service, "PRIMARY").GetProperty("rolloutState").GetString());
        Assert.Contains("encountered error \"RESOURCE:ENI\"", service.GetProperty("events")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FailedTasks_EniExhausted_CountsTheTasksThatNeverRan()
    {
        await using var host = await TestSandbox.StartAsync("eni-exhausted");
        using var wire = new WireCalls(host);

        var first = Counts(Deployment(await wire.DescribeServiceAsync(ScenarioIds.ServiceName), "PRIMARY"));
        await wire.EcsAsync("UpdateService", """{"cluster":"win-prod","service":"iis-webserver","desiredCount":3}""");
        var second = Counts(Deployment(await wire.DescribeServiceAsync(ScenarioIds.ServiceName), "PRIMARY"));

        Assert.Equal((3, 0, 2, 1), first);
        Assert.Equal((3, 0, 2, 2), second);
    }
}
