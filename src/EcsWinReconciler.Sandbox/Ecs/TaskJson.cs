using System.Globalization;
using System.Text.Json.Nodes;
using EcsWinReconciler.Sandbox.State;
using EcsWinReconciler.Sandbox.Wire;

namespace EcsWinReconciler.Sandbox.Ecs;

/// <summary>An ECS task as JSON, member names from the botocore <c>Task</c> shape (EC2 launch type: no platformFamily).</summary>
internal static class TaskJson
{
    public static JsonObject Build(SandboxWorld world, EcsTask task, TaskJsonStyle style)
    {
        var json = new JsonObject()
            .With("attachments", EcsJson.Array(Attachments(task, style)))
            .With("attributes", new JsonArray(new JsonObject { ["name"] = "ecs.cpu-architecture", ["value"] = "x86_64" }))
            .With("availabilityZone", task.AvailabilityZone)
            .With("clusterArn", world.Clusters[task.ClusterName].Arn)
            .With("connectivity", task.ConnectivityAt is null ? null : "CONNECTED")
            .With("connectivityAt", Time(task.ConnectivityAt, style))
            .With("containerInstanceArn", task.ContainerInstanceArn)
            .With("containers", EcsJson.Array(task.Containers.Select(c => Container(task, c))))
            .With("cpu", task.Cpu)
            .With("createdAt", Time(task.CreatedAt, style))
            .With("desiredStatus", task.DesiredStatus)
            .With("enableExecuteCommand", JsonValue.Create(false))
            .With("executionStoppedAt", Time(task.ExecutionStoppedAt, style))
            .With("group", task.Group)
            .With("healthStatus", "UNKNOWN")
            .With("lastStatus", task.LastStatus)
            .With("launchType", task.LaunchType)
            .With("memory", task.Memory)
            .With("overrides", Overrides(task))
            .With("pullStartedAt", Time(task.PullStartedAt, style))
            .With("pullStoppedAt", Time(task.PullStoppedAt, style))
            .With("startedAt", Time(task.StartedAt, style))
            .With("startedBy", task.StartedBy)
            .With("stopCode", task.StopCode)
            .With("stoppedAt", Time(task.StoppedAt, style))
            .With("stoppedReason", task.StoppedReason)
            .With("stoppingAt", Time(task.StoppingAt, style))
            .With("taskArn", task.Arn)
            .With("taskDefinitionArn", task.TaskDefinitionArn);
        if (style == TaskJsonStyle.Event)
        {
            json.With("updatedAt", Time(task.UpdatedAt, style));
        }

        return json.With("version", JsonValue.Create(task.Version));
    }

    private static IEnumerable<JsonNode> Attachments(EcsTask task, TaskJsonStyle style)
    {
        if (task.Eni is not { } eni)
        {
            yield break;
        }

        yield return new JsonObject
        {
            ["id"] = eni.Id,
            ["type"] = style == TaskJsonStyle.Api ? "ElasticNetworkInterface" : "eni",
            ["status"] = eni.Status,
            ["details"] = EcsJson.Array(eni.Details().Select(d => (JsonNode)new JsonObject { ["name"] = d.Key, ["value"] = d.Value })),
        };
    }

    private static JsonObject Container(EcsTask task, TaskContainer container)
    {
        var json = new JsonObject()
            .With("containerArn", container.Arn)
            .With("taskArn", task.Arn)
            .With("name", container.Name)
            .With("image", container.Image)
            .With("lastStatus", ContainerStatus(task.LastStatus));
        if (task.Eni is { PrivateIpv4Address: { } ip, Status: not Lifecycle.AttachmentStatus.Precreated } eni)
        {
            json["networkInterfaces"] = new JsonArray(new JsonObject { ["attachmentId"] = eni.Id, ["privateIpv4Address"] = ip });
        }

        return json
            .With("healthStatus", "UNKNOWN")
            .With("cpu", container.Cpu?.ToString(CultureInfo.InvariantCulture))
            .With("memory", container.Memory?.ToString(CultureInfo.InvariantCulture));
    }

    private static JsonObject Overrides(EcsTask task) => new()
    {
        ["containerOverrides"] = EcsJson.Array(task.Containers.Select(c => (JsonNode)new JsonObject { ["name"] = c.Name })),
        ["inferenceAcceleratorOverrides"] = new JsonArray(),
    };

    private static string ContainerStatus(string taskStatus) => taskStatus switch
    {
        Lifecycle.TaskStatuses.Provisioning or Lifecycle.TaskStatuses.Pending => "PENDING",
        Lifecycle.TaskStatuses.Running => "RUNNING",
        _ => "STOPPED",
    };

    private static JsonNode? Time(DateTimeOffset? time, TaskJsonStyle style) =>
        time is null ? null
        : style == TaskJsonStyle.Api ? JsonValue.Create(Timestamps.EpochSeconds(time.Value))
        : JsonValue.Create(Timestamps.Iso(time.Value));
}
