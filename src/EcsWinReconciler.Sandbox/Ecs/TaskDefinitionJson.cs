using System.Text.Json.Nodes;
using EcsWinReconciler.Sandbox.State;
using EcsWinReconciler.Sandbox.Wire;

namespace EcsWinReconciler.Sandbox.Ecs;

/// <summary>A task definition as ECS shows it; <c>runtimePlatform</c> only when it was registered with one.</summary>
internal static class TaskDefinitionJson
{
    public static JsonObject Build(SandboxWorld world, TaskDefinition definition)
    {
        var runtimePlatform = definition.OperatingSystemFamily is null && definition.CpuArchitecture is null
            ? null
            : new JsonObject().With("cpuArchitecture", definition.CpuArchitecture).With("operatingSystemFamily", definition.OperatingSystemFamily);
        return new JsonObject()
            .With("taskDefinitionArn", definition.Arn)
            .With("containerDefinitions", definition.ContainerDefinitions.DeepClone())
            .With("family", definition.Family)
            .With("networkMode", definition.NetworkMode)
            .With("revision", JsonValue.Create(definition.Revision))
            .With("volumes", new JsonArray())
            .With("status", definition.Status)
            .With("requiresAttributes", RequiresAttributes(definition))
            .With("placementConstraints", new JsonArray())
            .With("compatibilities", EcsJson.Strings(definition.RequiresCompatibilities))
            .With("runtimePlatform", runtimePlatform)
            .With("requiresCompatibilities", EcsJson.Strings(definition.RequiresCompatibilities))
            .With("cpu", definition.Cpu)
            .With("memory", definition.Memory)
            .With("registeredAt", definition.RegisteredAt)
            .With("registeredBy", $"arn:aws:iam::{world.AccountId}:role/platform-admin");
    }

    private static JsonArray RequiresAttributes(TaskDefinition definition)
    {
        var names = new List<string> { "com.amazonaws.ecs.capability.logging-driver.awslogs" };
        if (definition.NetworkMode == "awsvpc")
        {
            names.Add("ecs.capability.task-eni");
        }

        return EcsJson.Array(names.Select(n => (JsonNode)new JsonObject { ["name"] = n }));
    }
}
