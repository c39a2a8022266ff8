using System.Text.Json;
using EcsWinReconciler.Sandbox.Lifecycle;
using EcsWinReconciler.Sandbox.Scenarios;
using EcsWinReconciler.Sandbox.Tests.Support;

namespace EcsWinReconciler.Sandbox.Tests.Conformance;

/// <summary>The AWS CLI (botocore's parser, not ours) reads the sandbox's ECS answers.</summary>
public class AwsCliTests
{
    [AwsCliFact]
    public async Task DescribeServices_RolloutStuck_CliReadsDeploymentsEventsAndFailures()
    {
        await using var host = await TestSandbox.StartAsync("rollout-stuck");

        var (exitCode, output, errors) = await AwsCli.RunAsync(host, "ecs", "describe-services", "--cluster", ScenarioIds.ClusterName, "--services", ScenarioIds.ServiceName, "gone");

        Assert.True(exitCode == 0, $"aws exited with {exitCode}: {errors}");
        using var answer = JsonDocument.Parse(output);
        var service = answer.RootElement.GetProperty("services")[0];
        var primary = service.GetProperty("deployments")[0];
        Assert.Equal(("PRIMARY", "IN_PROGRESS"), (primary.GetProperty("status").GetString(), primary.GetProperty("rolloutState").GetString()));
        Assert.EndsWith(" in progress.", primary.GetProperty("rolloutStateReason").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, primary.GetProperty("failedTasks").GetInt32());
        var newest = service.GetProperty("events")[0];
        Assert.Contains("\"RESOURCE:ENI\"", newest.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.NotEqual(JsonValueKind.Undefined, newest.GetProperty("createdAt").ValueKind);
        Assert.Equal("MISSING", answer.RootElement.GetProperty("failures")[0].GetProperty("reason").GetString());
    }

    [AwsCliFact]
    public async Task StopTask_Healthy_CliReadsTheStoppingTask()
    {
        await using var host = await TestSandbox.StartAsync(lifecycle: LifecycleMode.Manual);
        var arn = host.State.Read(w => w.Tasks.Keys.First());

        var (exitCode, output, errors) = await AwsCli.RunAsync(host, "ecs", "stop-task", "--cluster", ScenarioIds.ClusterName, "--task", arn, "--reason", "cli check");

        Assert.True(exitCode == 0, $"aws exited with {exitCode}: {errors}");
        using var answer = JsonDocument.Parse(output);
        var task = answer.RootElement.GetProperty("task");
        Assert.Equal(("RUNNING", "STOPPED", "cli check"), (task.GetProperty("lastStatus").GetString(), task.GetProperty("desiredStatus").GetString(), task.GetProperty("stoppedReason").GetString()));
    }
}
