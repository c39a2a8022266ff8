using System.Text.Json.Nodes;
using EcsWinReconciler.Sandbox.State;

namespace EcsWinReconciler.Sandbox.Lifecycle;

/// <summary>
/// Starts a task the way ECS does for awsvpc: place it, create its ENI in the host's zone (PROVISIONING, details
/// not known yet) and emit the first event. Attaching happens on the next step (<see cref="TaskTransitions"/>).
/// </summary>
internal static class TaskLauncher
{
    public static LaunchResult Launch(SandboxWorld world, LaunchRequest request)
    {
        var placement = Placement.Choose(world, request.ClusterName, request.Definition, request.Network, request.NoFreeEniSlot);
        if (placement is not { Host: { } host, Subnet: { } subnet })
        {
            return new LaunchResult(null, placement.FailureReason, placement.Closest);
        }

        var taskId = world.Ids.Hex(32);
        var attachmentId = world.Ids.Uuid();
        var eni = EniProvisioner.Create(world, subnet, request.Network.SecurityGroups, attachmentId);
        var task = new EcsTask
        {
            Id = taskId,
            Arn = world.EcsArn($"task/{request.ClusterName}/{taskId}"),
            ClusterName = request.ClusterName,
            TaskDefinitionArn = request.Definition.Arn,
            ContainerInstanceArn = host.Arn,
            AvailabilityZone = subnet.AvailabilityZone,
            Group = request.Group,
            StartedBy = request.StartedBy,
            ServiceName = request.ServiceName,
            DeploymentId = request.DeploymentId,
            CreatedAt = world.Now,
            UpdatedAt = world.Now,
            Cpu = request.Definition.Cpu,
            Memory = request.Definition.Memory,
            Eni = new TaskEniAttachment { Id = attachmentId, SubnetId = subnet.Id, SecurityGroupIds = request.Network.SecurityGroups, NetworkInterfaceId = eni.Id },
            Containers = [.. Containers(world, request, taskId)],
            Tags = PropagatedTags(world, request),
        };
        world.Tasks.Add(task.Arn, task);
        TaskEvents.Emit(world, task);
        return new LaunchResult(task, null, null);
    }

    /// <summary>A service with propagateTags SERVICE gives its tasks its tags when they start (later tag changes do not reach them).</summary>
    public static Dictionary<string, string> PropagatedTags(SandboxWorld world, LaunchRequest request) =>
        world.Services.Values.FirstOrDefault(s => s.ClusterName == request.ClusterName && s.Name == request.ServiceName) is { PropagateTags: true } service
            ? new(service.Tags, StringComparer.Ordinal)
            : new(StringComparer.Ordinal);

    private static IEnumerable<TaskContainer> Containers(SandboxWorld world, LaunchRequest request, string taskId) =>
        request.Definition.ContainerDefinitions.OfType<JsonObject>().Select(c => new TaskContainer(
            world.EcsArn($"container/{request.ClusterName}/{taskId}/{world.Ids.Uuid()}"),
            Text(c["name"]) ?? "container",
            Text(c["image"]) ?? string.Empty,
            Number(c["cpu"]),
            Number(c["memory"])));

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static int? Number(JsonNode? node) => node is JsonValue value && value.TryGetValue<int>(out var n) ? n : null;
}

/// <summary>What to start: the definition, the network configuration, who starts it, and whether the rollout-stall fault leaves it no ENI slot.</summary>
internal sealed record LaunchRequest(
    string ClusterName,
    TaskDefinition Definition,
    AwsVpcConfiguration Network,
    string Group,
    string? StartedBy,
    string? ServiceName = null,
    string? DeploymentId = null,
    bool NoFreeEniSlot = false);

/// <summary>The started task, or the placement failure reason (<c>RESOURCE:ENI</c>, <c>ATTRIBUTE</c>) and the closest matching host.</summary>
internal sealed record LaunchResult(EcsTask? Task, string? FailureReason, ContainerInstance? Closest);
