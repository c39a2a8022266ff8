using System.Text.Json;
using EcsWinReconciler.Aws.Ecs;
using EcsWinReconciler.Aws.Tests.Configuration;
using EcsWinReconciler.Core.Planning;
using EcsWinReconciler.TestSupport.Reference;
using EcsWinReconciler.TestSupport.Wire;

namespace EcsWinReconciler.Aws.Tests.Ecs;

/// <summary>
/// Real ECS answers (apache/libcloud's DescribeTasks fixture, the botocore examples of the ECS model) served by
/// the loopback server to the real client and adapters: the expectations are read from the same files.
/// </summary>
public class EcsReferenceResponseTests
{
    private static string LibcloudDescribeTasks => File.ReadAllText(RepositoryPaths.Reference("responses", "ecs-json", "describetasks.libcloud.json"));

    private static JsonElement Example(string operation, int index = 0)
    {
        using var examples = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.Reference("responses", "botocore-examples", "ecs-2014-11-13-examples-1.json")));
        return examples.RootElement.GetProperty("examples").GetProperty(operation)[index].Clone();
    }

    private static IEnumerable<string> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!);

    [ReferenceFact]
    public async Task DescribeTasks_Libcloud_MapsToObservedTasks()
    {
        using var expected = JsonDocument.Parse(LibcloudDescribeTasks);
        var wire = expected.RootElement.GetProperty("tasks")[0];
        await using var server = LoopbackHttpServer.Start(_ => TestAws.EcsJson(LibcloudDescribeTasks));
        using var ecs = TestAws.Factory(server.BaseAddress).CreateEcsApi();

        var taskArn = wire.GetProperty("taskArn").GetString()!;
        var task = Assert.Single(await new EcsTaskSource(ecs).DescribeTasksAsync("default", [taskArn], CancellationToken.None));
        var raw = Assert.Single((await ecs.DescribeTasksAsync("default", [taskArn], CancellationToken.None)).Items);

        Assert.Equal(wire.GetProperty("clusterArn").GetString(), task.ClusterArn);
        Assert.Equal(wire.GetProperty("taskDefinitionArn").GetString(), task.TaskDefinitionArn);
        Assert.Equal(wire.GetProperty("lastStatus").GetString(), task.LastStatus);
        Assert.Equal(wire.GetProperty("startedBy").GetString(), task.StartedBy);
        Assert.Equal(wire.GetProperty("containerInstanceArn").GetString(), task.ContainerInstanceArn);
        Assert.Equal("console-sample-app-static", task.Family);
        Assert.Null(task.EniAttachment);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(wire.GetProperty("createdAt").GetDouble() * 1000)), raw.CreatedAt);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(wire.GetProperty("startedAt").GetDouble() * 1000)), raw.StartedAt);
    }

    [ReferenceFact]
    public async Task DescribeTasks_BotocoreExample_SendsItsInputAndMapsItsOutput()
    {
        var example = Example("DescribeTasks");
        await using var server = LoopbackHttpServer.Start(_ => TestAws.EcsJson(example.GetProperty("output").GetRawText()));
        using var ecs = TestAws.Factory(server.BaseAddress).CreateEcsApi();
        var arns = Strings(example.GetProperty("input").GetProperty("tasks")).ToList();

        var tasks = await new EcsTaskSource(ecs).DescribeTasksAsync("default", arns, CancellationToken.None);

        Assert.Equal(arns, Strings(JsonDocument.Parse(server.Requests[0].Body).RootElement.GetProperty("tasks")));
        Assert.Equal(example.GetProperty("output").GetProperty("tasks").GetArrayLength(), tasks.Count);
        Assert.Equal(example.GetProperty("output").GetProperty("tasks")[0].GetProperty("taskArn").GetString(), tasks[0].TaskArn);
    }

    [ReferenceTheory]
    [InlineData(0)]
    [InlineData(1)]
    public async Task ListTasks_BotocoreExamples_PageHoldsTheirArns(int index)
    {
        var example = Example("ListTasks", index);
        await using var server = LoopbackHttpServer.Start(_ => TestAws.EcsJson(example.GetProperty("output").GetRawText()));
        using var ecs = TestAws.Factory(server.BaseAddress).CreateEcsApi();
        var input = example.GetProperty("input");
        var filter = new Aws.Ecs.Wire.EcsTaskFilter(input.GetProperty("cluster").GetString()!)
        {
            ContainerInstance = input.TryGetProperty("containerInstance", out var ci) ? ci.GetString() : null,
        };

        var page = await ecs.ListTasksAsync(filter, null, CancellationToken.None);

        Assert.Equal(Strings(example.GetProperty("output").GetProperty("taskArns")), page.TaskArns);
        Assert.Null(page.NextToken);
        var sent = JsonDocument.Parse(server.Requests[0].Body).RootElement;
        foreach (var member in input.EnumerateObject())
        {
            Assert.Equal(member.Value.GetString(), sent.GetProperty(member.Name).GetString());
        }
    }

    [ReferenceFact]
    public async Task DescribeTaskDefinition_BotocoreExample_MapsFamilyRevisionAndNoPlatform()
    {
        var example = Example("DescribeTaskDefinition");
        await using var server = LoopbackHttpServer.Start(_ => TestAws.EcsJson(example.GetProperty("output").GetRawText()));
        using var ecs = TestAws.Factory(server.BaseAddress).CreateEcsApi();
        var output = example.GetProperty("output").GetProperty("taskDefinition");

        var info = await new EcsTaskSource(ecs).DescribeTaskDefinitionAsync(example.GetProperty("input").GetProperty("taskDefinition").GetString()!, CancellationToken.None);

        Assert.Equal(output.GetProperty("taskDefinitionArn").GetString(), info.Arn);
        Assert.Equal(output.GetProperty("family").GetString(), info.Family);
        Assert.Equal(output.GetProperty("revision").GetInt32(), info.Revision);
        Assert.Null(info.NetworkMode);
        Assert.Null(info.OperatingSystemFamily);
    }

    [ReferenceFact]
    public async Task DescribeContainerInstances_BotocoreExample_MapsTheInstance()
    {
        var example = Example("DescribeContainerInstances");
        await using var server = LoopbackHttpServer.Start(_ => TestAws.EcsJson(example.GetProperty("output").GetRawText()));
        using var ecs = TestAws.Factory(server.BaseAddress).CreateEcsApi();
        var output = example.GetProperty("output").GetProperty("containerInstances")[0];

        var instances = await new EcsTaskSource(ecs).DescribeContainerInstancesAsync(
            example.GetProperty("input").GetProperty("cluster").GetString()!, [.. Strings(example.GetProperty("input").GetProperty("containerInstances"))], CancellationToken.None);

        var instance = Assert.Single(instances);
        Assert.Equal(output.GetProperty("containerInstanceArn").GetString(), instance.Arn);
        Assert.Equal(output.GetProperty("ec2InstanceId").GetString(), instance.Ec2InstanceId);
    }

    [ReferenceFact]
    public async Task DescribeServices_BotocoreExample_MapsServiceWithoutAwsvpc()
    {
        var example = Example("DescribeServices");
        await using var server = LoopbackHttpServer.Start(_ => TestAws.EcsJson(example.GetProperty("output").GetRawText()));
        using var ecs = TestAws.Factory(server.BaseAddress).CreateEcsApi();
        var output = example.GetProperty("output").GetProperty("services")[0];
        var name = Strings(example.GetProperty("input").GetProperty("services")).Single();

        var service = await new EcsTaskSource(ecs).DescribeServiceAsync("default", name, CancellationToken.None);
        var raw = Assert.Single((await ecs.DescribeServicesAsync("default", [name], CancellationToken.None)).Items);

        Assert.NotNull(service);
        Assert.Equal(output.GetProperty("serviceArn").GetString(), service.ServiceArn);
        Assert.Equal(output.GetProperty("clusterArn").GetString(), service.ClusterArn);
        Assert.Empty(service.Subnets);
        Assert.False(service.AssignPublicIp);
        Assert.Equal(DateTimeOffset.Parse(output.GetProperty("createdAt").GetString()!, System.Globalization.CultureInfo.InvariantCulture), raw.CreatedAt);
    }

    [ReferenceFact]
    public async Task DescribeServices_BotocoreExample_RolloutWithoutStateAndItsPlacementEvent()
    {
        var example = Example("DescribeServices");
        await using var server = LoopbackHttpServer.Start(_ => TestAws.EcsJson(example.GetProperty("output").GetRawText()));
        using var ecs = TestAws.Factory(server.BaseAddress).CreateEcsApi();
        var output = example.GetProperty("output").GetProperty("services")[0];
        var deployment = output.GetProperty("deployments")[0];
        var wireEvent = output.GetProperty("events")[0];

        var service = await new EcsTaskSource(ecs).DescribeServiceAsync("default", Strings(example.GetProperty("input").GetProperty("services")).Single(), CancellationToken.None);

        // The example's deployment has no rolloutState (ECS omits it for some services): 0 of 1 running is in progress.
        Assert.NotNull(service?.Rollout);
        Assert.False(deployment.TryGetProperty("rolloutState", out _));
        Assert.Equal(deployment.GetProperty("id").GetString(), service.Rollout.DeploymentId);
        Assert.Equal(Core.Observation.ServiceRollout.InProgress, service.Rollout.RolloutState);
        Assert.Equal((deployment.GetProperty("desiredCount").GetInt32(), deployment.GetProperty("runningCount").GetInt32()), (service.Rollout.DesiredCount, service.Rollout.RunningCount));
        Assert.Equal(DateTimeOffset.Parse(deployment.GetProperty("createdAt").GetString()!, System.Globalization.CultureInfo.InvariantCulture), service.Rollout.StartedAt);
        var observed = Assert.Single(service.RecentEvents);
        Assert.Equal(wireEvent.GetProperty("message").GetString(), observed.Message);
        Assert.Equal(DateTimeOffset.Parse(wireEvent.GetProperty("createdAt").GetString()!, System.Globalization.CultureInfo.InvariantCulture), observed.At);
    }

    [ReferenceFact]
    public async Task UpdateService_BotocoreExampleEmptyOutput_IsApplied()
    {
        var example = Example("UpdateService");
        await using var server = LoopbackHttpServer.Start(_ => TestAws.EcsJson(example.GetProperty("output").GetRawText()));
        using var ecs = TestAws.Factory(server.BaseAddress).CreateEcsApi();

        var action = new UpdateServiceNetwork("default", example.GetProperty("input").GetProperty("service").GetString()!, ["subnet-0a1b2c3d"], ["sg-0a1b2c3d"], false);
        var outcome = await new EcsActuator(ecs).ExecuteAsync(action, dryRun: false, CancellationToken.None);

        Assert.Equal(ActionResult.Applied, outcome.Result);
        Assert.Single(server.Requests);
    }
}
