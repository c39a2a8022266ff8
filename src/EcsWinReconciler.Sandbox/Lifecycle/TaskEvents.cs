using System.Text.Json.Nodes;
using EcsWinReconciler.Sandbox.Ecs;
using EcsWinReconciler.Sandbox.State;
using EcsWinReconciler.Sandbox.Wire;

namespace EcsWinReconciler.Sandbox.Lifecycle;

/// <summary>
/// Emits the EventBridge "ECS Task State Change" event for a task's current state (docs/FACTS.md §1.1, §1.5): envelope
/// version "0", source aws.ecs, resources [taskArn], detail = the task with ISO timestamps and type "eni".
/// </summary>
internal static class TaskEvents
{
    public static void Emit(SandboxWorld world, EcsTask task)
    {
        var id = world.Ids.Uuid();
        var envelope = new JsonObject
        {
            ["version"] = "0",
            ["id"] = id,
            ["detail-type"] = "ECS Task State Change",
            ["source"] = "aws.ecs",
            ["account"] = world.AccountId,
            ["time"] = Timestamps.IsoSeconds(world.Now),
            ["region"] = world.Region,
            ["resources"] = new JsonArray(task.Arn),
            ["detail"] = TaskJson.Build(world, task, TaskJsonStyle.Event),
        };
        world.Events.Add(new TaskStateChangeEvent(
            world.Events.Count + 1, id, task.Arn, task.LastStatus, task.DesiredStatus, task.Version, world.Now, envelope.ToJsonString()));
    }

    /// <summary>Marks a change: bumps <c>version</c>, stamps <c>updatedAt</c> and emits the event.</summary>
    public static void Changed(SandboxWorld world, EcsTask task)
    {
        task.Version++;
        task.UpdatedAt = world.Now;
        Emit(world, task);
    }
}
