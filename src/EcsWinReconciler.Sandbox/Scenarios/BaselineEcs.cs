using System.Text.Json.Nodes;
using EcsWinReconciler.Sandbox.Ecs;
using EcsWinReconciler.Sandbox.State;
using static EcsWinReconciler.Sandbox.Scenarios.ScenarioIds;

namespace EcsWinReconciler.Sandbox.Scenarios;

/// <summary>
/// The cluster, the seed's IIS task definition (awsvpc, port 80, no runtimePlatform: Windows is known only from
/// the container instance) and its service: web group, both subnets, no public IP, 2 tasks.
/// </summary>
public static class BaselineEcs
{
    /// <summary>The seed document's container definition, verbatim (its <c>platformVersion</c> is a Fargate-only run option and is dropped).</summary>
    public const string IisContainerDefinitions = """
        [{"name":"iis-container","image":"mcr.microsoft.com/windows/servercore:ltsc2022","cpu":1024,"memory":2048,"essential":true,
          "portMappings":[{"containerPort":80,"hostPort":80,"protocol":"tcp"}],
          "logConfiguration":{"logDriver":"awslogs","options":{"awslogs-group":"/ecs/iis-webserver","awslogs-region":"us-east-1","awslogs-stream-prefix":"iis"}}}]
        """;

    public static void Build(SandboxWorld world)
    {
        ArgumentNullException.ThrowIfNull(world);
        world.Clusters.Add(ClusterName, new Cluster { Name = ClusterName, Arn = world.EcsArn($"cluster/{ClusterName}") });
        var definition = TaskDefinitionHandlers.Add(world, new TaskDefinition
        {
            Family = Family,
            Revision = 1,
            Arn = world.EcsArn($"task-definition/{Family}:1"),
            ContainerDefinitions = JsonNode.Parse(IisContainerDefinitions.Replace("\"awslogs-region\":\"us-east-1\"", $"\"awslogs-region\":\"{world.Region}\"", StringComparison.Ordinal))!.AsArray(),
            RegisteredAt = world.Now,
            Cpu = "1024",
            Memory = "2048",
        });
        AddService(world, ServiceName, definition, new AwsVpcConfiguration([SubnetA, SubnetB], [WebGroup]), desiredCount: 2);
    }

    public static EcsService AddService(SandboxWorld world, string name, TaskDefinition definition, AwsVpcConfiguration network, int desiredCount)
    {
        ArgumentNullException.ThrowIfNull(world);
        ArgumentNullException.ThrowIfNull(definition);
        var service = new EcsService
        {
            Name = name,
            Arn = world.EcsArn($"service/{ClusterName}/{name}"),
            ClusterName = ClusterName,
            CreatedAt = world.Now,
            DesiredCount = desiredCount,
        };
        ServiceHandlers.StartDeployment(world, service, definition, network);
        world.Services.Add(service.Arn, service);
        return service;
    }
}
