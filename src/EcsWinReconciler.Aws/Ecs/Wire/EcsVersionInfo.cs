namespace EcsWinReconciler.Aws.Ecs.Wire;

/// <summary>A container instance's <c>versionInfo</c>: the agent's version (e.g. <c>1.87.1</c>) the readiness check compares.</summary>
public sealed record EcsVersionInfo
{
    public string? AgentVersion { get; init; }
}
