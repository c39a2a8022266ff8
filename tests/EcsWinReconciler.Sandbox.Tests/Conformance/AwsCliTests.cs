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

    [AwsCliFact]
    public async Task FirstCallsPeopleTry_Issue13_EveryOneExitsZeroWithTheScenariosResources()
    {
        await using var host = await TestSandbox.StartAsync("linux-task");

        var clusters = await JsonAsync(host, "ecs", "list-clusters");
        var described = await JsonAsync(host, "ecs", "describe-clusters", "--clusters", ScenarioIds.ClusterName);
        var services = await JsonAsync(host, "ecs", "list-services", "--cluster", ScenarioIds.ClusterName);
        var instances = await JsonAsync(host, "ecs", "list-container-instances", "--cluster", ScenarioIds.ClusterName);
        var subnets = await JsonAsync(host, "ec2", "describe-subnets");
        var subscriptions = await JsonAsync(host, "sns", "list-subscriptions");
        var enis = await JsonAsync(host, "ec2", "describe-network-interfaces", "--filters", "Name=requester-managed,Values=true");

        Assert.EndsWith("cluster/win-prod", clusters.GetProperty("clusterArns")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(2, described.GetProperty("clusters")[0].GetProperty("activeServicesCount").GetInt32());
        Assert.Equal(2, services.GetProperty("serviceArns").GetArrayLength());
        Assert.True(instances.GetProperty("containerInstanceArns").GetArrayLength() >= 2);
        Assert.Contains(subnets.GetProperty("Subnets").EnumerateArray(), s => s.GetProperty("SubnetId").GetString() == ScenarioIds.SubnetA);
        Assert.Equal(ScenarioIds.TopicArn, subscriptions.GetProperty("Subscriptions")[0].GetProperty("TopicArn").GetString());
        Assert.All(enis.GetProperty("NetworkInterfaces").EnumerateArray(), e => Assert.Equal("578734482556", e.GetProperty("RequesterId").GetString()));
    }

    [AwsCliFact]
    public async Task ListTasks_PagedByTheCli_FollowsNextTokenToEveryTask()
    {
        await using var host = await TestSandbox.StartAsync("linux-task");
        var expected = host.State.Read(w => w.Tasks.Values.Count(t => t.DesiredStatus == "RUNNING"));

        var tasks = await JsonAsync(host, "ecs", "list-tasks", "--cluster", ScenarioIds.ClusterName, "--page-size", "1");

        Assert.Equal(expected, tasks.GetProperty("taskArns").GetArrayLength());
    }

    private static async Task<JsonElement> JsonAsync(Sandbox.Hosting.SandboxHost host, params string[] arguments)
    {
        var (exitCode, output, errors) = await AwsCli.RunAsync(host, arguments);
        Assert.True(exitCode == 0, $"aws {string.Join(' ', arguments)} exited with {exitCode}: {errors}");
        return JsonDocument.Parse(output).RootElement.Clone();
    }
}
