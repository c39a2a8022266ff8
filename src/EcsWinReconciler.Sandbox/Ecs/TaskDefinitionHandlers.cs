using System.Text.Json;
using System.Text.Json.Nodes;
using EcsWinReconciler.Sandbox.State;
using EcsWinReconciler.Sandbox.Wire;

namespace EcsWinReconciler.Sandbox.Ecs;

/// <summary>DescribeTaskDefinition (family, family:revision or ARN) and RegisterTaskDefinition (a new revision).</summary>
internal static class TaskDefinitionHandlers
{
    public static JsonObject Describe(EcsRequest request)
    {
        var reference = request.Body.String("taskDefinition") ?? throw new ApiException("InvalidParameterException", "taskDefinition can not be blank.");
        return request.State.Read(world =>
        {
            var definition = EcsLookup.TaskDefinition(world, reference) ?? throw new ApiException("ClientException", "Unable to describe task definition.");
            return new JsonObject { ["taskDefinition"] = TaskDefinitionJson.Build(world, definition) };
        });
    }

    public static JsonObject Register(EcsRequest request)
    {
        var body = request.Body;
        var family = body.String("family") ?? throw new ApiException("ClientException", "Family can not be blank.");
        if (!body.TryGetProperty("containerDefinitions", out var containers) || containers.ValueKind != JsonValueKind.Array || containers.GetArrayLength() == 0)
        {
            throw new ApiException("ClientException", "Container list cannot be empty.");
        }

        var platform = body.TryGetProperty("runtimePlatform", out var p) && p.ValueKind == JsonValueKind.Object ? p : default;
        return request.State.Write(world =>
        {
            var revision = world.TaskDefinitions.Values.Where(d => d.Family == family).Select(d => d.Revision).DefaultIfEmpty(0).Max() + 1;
            var definition = Add(world, new TaskDefinition
            {
                Family = family,
                Revision = revision,
                Arn = world.EcsArn($"task-definition/{family}:{revision}"),
                ContainerDefinitions = JsonNode.Parse(containers.GetRawText())!.AsArray(),
                RegisteredAt = world.Now,
                NetworkMode = body.String("networkMode") ?? "bridge",
                OperatingSystemFamily = platform.ValueKind == JsonValueKind.Object ? platform.String("operatingSystemFamily") : null,
                CpuArchitecture = platform.ValueKind == JsonValueKind.Object ? platform.String("cpuArchitecture") : null,
                RequiresCompatibilities = body.StringList("requiresCompatibilities") ?? ["EC2"],
                Cpu = body.String("cpu"),
                Memory = body.String("memory"),
            });
            world.RecordWrite("ecs", request.Operation, definition.Arn, "registered");
            return new JsonObject { ["taskDefinition"] = TaskDefinitionJson.Build(world, definition) };
        });
    }

    public static TaskDefinition Add(SandboxWorld world, TaskDefinition definition)
    {
        world.TaskDefinitions.Add(definition.Arn, definition);
        return definition;
    }
}
