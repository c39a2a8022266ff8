using System.Text.Json.Nodes;
using EcsWinReconciler.Sandbox.Lifecycle;
using EcsWinReconciler.Sandbox.State;
using EcsWinReconciler.Sandbox.Wire;

namespace EcsWinReconciler.Sandbox.Ecs;

/// <summary>ListContainerInstances, and DescribeContainerInstances (≤ 100): the agent's attributes, incl. <c>ecs.os-type</c> and <c>ecs.os-family</c> (docs/FACTS.md §2).</summary>
internal static class ContainerInstanceHandlers
{
    public static JsonObject Describe(EcsRequest request)
    {
        var ids = request.Body.StringList("containerInstances") ?? [];
        if (ids.Count is 0 or > 100)
        {
            throw new ApiException("InvalidParameterException", "containerInstances can not be empty and can have at most 100 items.");
        }

        return request.State.Read(world =>
        {
            var cluster = EcsLookup.Cluster(world, request.Body.String("cluster"));
            var found = ids.Select(id => (Id: id, Instance: EcsLookup.ContainerInstance(world, cluster, id))).ToList();
            return new JsonObject
            {
                ["containerInstances"] = EcsJson.Array(found.Where(f => f.Instance is not null).Select(f => Build(world, f.Instance!))),
                ["failures"] = EcsJson.Array(found.Where(f => f.Instance is null).Select(f =>
                    TaskReadHandlers.Failure(f.Id.StartsWith("arn:", StringComparison.Ordinal) ? f.Id : world.EcsArn($"container-instance/{cluster.Name}/{f.Id}"), "MISSING"))),
            };
        });
    }

    /// <summary>ListContainerInstances, by status; a cluster-query-language filter is refused rather than ignored (the sandbox does not evaluate it).</summary>
    public static JsonObject List(EcsRequest request)
    {
        var body = request.Body;
        if (body.String("filter") is not null)
        {
            throw new ApiException("InvalidParameterException", "The sandbox does not evaluate cluster query language filters; list without --filter.");
        }

        var status = body.String("status");
        return request.State.Read(world =>
        {
            var cluster = EcsLookup.Cluster(world, body.String("cluster"));
            var arns = world.ContainerInstances.Values
                .Where(c => c.ClusterName == cluster.Name && (status is null || c.Status == status))
                .Select(c => c.Arn)
                .ToList();
            var (page, next) = EcsPaging.Page(arns, body.Int("maxResults"), body.String("nextToken"));
            return new JsonObject { ["containerInstanceArns"] = EcsJson.Strings(page) }.With("nextToken", next);
        });
    }

    private static JsonObject Build(SandboxWorld world, ContainerInstance instance)
    {
        var tasks = world.Tasks.Values.Where(t => t.ContainerInstanceArn == instance.Arn && !t.IsStopped).ToList();
        var type = world.InstanceTypes[world.Instances[instance.Ec2InstanceId].InstanceType];
        return new JsonObject()
            .With("containerInstanceArn", instance.Arn)
            .With("ec2InstanceId", instance.Ec2InstanceId)
            .With("version", JsonValue.Create(instance.Version))
            .With("versionInfo", new JsonObject { ["agentVersion"] = instance.AgentVersion, ["agentHash"] = "0f3e2c1b", ["dockerVersion"] = "DockerVersion: 25.0.8" })
            .With("remainingResources", Resources(type, tasks.Sum(t => Parse(t.Cpu)), tasks.Sum(t => Parse(t.Memory))))
            .With("registeredResources", Resources(type, 0, 0))
            .With("status", instance.Status)
            .With("agentConnected", JsonValue.Create(instance.AgentConnected))
            .With("runningTasksCount", JsonValue.Create(tasks.Count(t => t.LastStatus == TaskStatuses.Running)))
            .With("pendingTasksCount", JsonValue.Create(tasks.Count(t => t.LastStatus is TaskStatuses.Provisioning or TaskStatuses.Pending)))
            .With("attributes", EcsJson.Array(instance.Attributes.Select(a => (JsonNode)new JsonObject { ["name"] = a.Key }.With("value", a.Value.Length == 0 ? null : a.Value))))
            .With("registeredAt", instance.RegisteredAt)
            .With("attachments", new JsonArray());
    }

    private static JsonArray Resources(InstanceTypeInfo type, int usedCpu, int usedMemory) => new(
        Resource("CPU", type.VCpus * 1024 - usedCpu),
        Resource("MEMORY", (int)type.MemoryMiB - 512 - usedMemory));

    private static JsonObject Resource(string name, int value) =>
        new() { ["name"] = name, ["type"] = "INTEGER", ["doubleValue"] = 0.0, ["longValue"] = 0, ["integerValue"] = value };

    private static int Parse(string? value) => int.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0;
}
