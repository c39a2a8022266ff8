using System.Text.Json.Nodes;
using EcsWinReconciler.Sandbox.Lifecycle;
using EcsWinReconciler.Sandbox.State;
using EcsWinReconciler.Sandbox.Wire;

namespace EcsWinReconciler.Sandbox.Ecs;

/// <summary>An ECS service as DescribeServices / UpdateService show it (botocore <c>Service</c>, <c>Deployment</c> and <c>ServiceEvent</c> shapes).</summary>
internal static class ServiceJson
{
    /// <param name="world">The world the service is in.</param>
    /// <param name="service">The service.</param>
    /// <param name="withTags">DescribeServices asked for <c>include: ["TAGS"]</c> (ECS leaves tags out otherwise).</param>
    public static JsonObject Build(SandboxWorld world, EcsService service, bool withTags = false)
    {
        var tasks = ServiceScheduler.LiveTasks(world, service).ToList();
        return new JsonObject()
            .With("serviceArn", service.Arn)
            .With("serviceName", service.Name)
            .With("clusterArn", world.Clusters[service.ClusterName].Arn)
            .With("loadBalancers", new JsonArray())
            .With("serviceRegistries", new JsonArray())
            .With("status", service.Status)
            .With("desiredCount", JsonValue.Create(service.DesiredCount))
            .With("runningCount", JsonValue.Create(tasks.Count(t => t.LastStatus == TaskStatuses.Running)))
            .With("pendingCount", JsonValue.Create(tasks.Count(t => t.LastStatus is TaskStatuses.Provisioning or TaskStatuses.Pending)))
            .With("launchType", service.LaunchType)
            .With("taskDefinition", service.TaskDefinitionArn)
            .With("deploymentConfiguration", new JsonObject { ["maximumPercent"] = 200, ["minimumHealthyPercent"] = 100 })
            .With("deployments", EcsJson.Array(service.Deployments.Select(d => Deployment(world, service, d))))
            .With("events", EcsJson.Array(service.Events.Select(Event)))
            .With("createdAt", service.CreatedAt)
            .With("placementConstraints", new JsonArray())
            .With("placementStrategy", new JsonArray())
            .With("networkConfiguration", Network(service.NetworkConfiguration))
            .With("schedulingStrategy", "REPLICA")
            .With("deploymentController", new JsonObject { ["type"] = "ECS" })
            .With("createdBy", $"arn:aws:iam::{world.AccountId}:role/platform-admin")
            .With("enableECSManagedTags", JsonValue.Create(false))
            .With("propagateTags", service.PropagateTags ? "SERVICE" : "NONE")
            .With("enableExecuteCommand", JsonValue.Create(false))
            .With("tags", withTags ? Tags(service.Tags) : null);
    }

    /// <summary>ECS's tag list: <c>key</c> and <c>value</c> per tag (botocore Tags / Tag).</summary>
    public static JsonArray Tags(IReadOnlyDictionary<string, string> tags) =>
        EcsJson.Array(tags.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => new JsonObject { ["key"] = t.Key, ["value"] = t.Value }));

    public static JsonObject Network(AwsVpcConfiguration network) => new()
    {
        ["awsvpcConfiguration"] = new JsonObject
        {
            ["subnets"] = EcsJson.Strings(network.Subnets),
            ["securityGroups"] = EcsJson.Strings(network.SecurityGroups),
            ["assignPublicIp"] = network.AssignPublicIp,
        },
    };

    private static JsonObject Deployment(SandboxWorld world, EcsService service, ServiceDeployment deployment)
    {
        var tasks = world.Tasks.Values.Where(t => t.DeploymentId == deployment.Id && t.DesiredStatus == TaskStatuses.Running).ToList();
        return new JsonObject()
            .With("id", deployment.Id)
            .With("status", deployment.Status)
            .With("taskDefinition", deployment.TaskDefinitionArn)
            .With("desiredCount", JsonValue.Create(deployment.Status == ServiceDeployment.Primary ? service.DesiredCount : 0))
            .With("pendingCount", JsonValue.Create(tasks.Count(t => t.LastStatus is TaskStatuses.Provisioning or TaskStatuses.Pending)))
            .With("runningCount", JsonValue.Create(tasks.Count(t => t.LastStatus == TaskStatuses.Running)))
            .With("failedTasks", JsonValue.Create(world.Tasks.Values.Count(t => t.DeploymentId == deployment.Id && t.StopCode == StopCodes.TaskFailedToStart)))
            .With("createdAt", deployment.CreatedAt)
            .With("updatedAt", deployment.UpdatedAt)
            .With("launchType", service.LaunchType)
            .With("networkConfiguration", Network(deployment.Network))
            .With("rolloutState", deployment.RolloutState)
            .With("rolloutStateReason", deployment.RolloutStateReason);
    }

    private static JsonObject Event(ServiceEvent entry) => new JsonObject()
        .With("id", entry.Id)
        .With("createdAt", entry.CreatedAt)
        .With("message", entry.Message);
}
