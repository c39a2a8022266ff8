using EcsWinReconciler.Sandbox.Hosting;
using EcsWinReconciler.Sandbox.State;

namespace EcsWinReconciler.EndToEnd.Tests;

/// <summary>The sandbox's own ECS Task State Change events, as EventBridge would deliver them.</summary>
internal static class SandboxEvents
{
    /// <summary>The newest event of the task (highest <c>detail.version</c>).</summary>
    public static TaskStateChangeEvent Latest(SandboxHost sandbox, string taskArn) =>
        sandbox.Admin.Events().Where(e => e.TaskArn == taskArn).MaxBy(e => e.Version)
        ?? throw new InvalidOperationException($"the sandbox emitted no event for {taskArn}");
}
