using System.Text.Json;
using EcsWinReconciler.Sandbox.Lifecycle;
using EcsWinReconciler.Sandbox.State;

namespace EcsWinReconciler.Sandbox.Ecs;

/// <summary>One ECS call as a handler sees it: the JSON body, the state, and how the lifecycle runs after writes.</summary>
internal sealed record EcsRequest(string Operation, JsonElement Body, SandboxState State, LifecycleMode Mode)
{
    /// <summary>In <see cref="LifecycleMode.Immediate"/> runs the schedulers until the world is still.</summary>
    public void SettleIfImmediate(SandboxWorld world)
    {
        if (Mode == LifecycleMode.Immediate)
        {
            TaskEngine.Settle(world);
        }
    }
}
