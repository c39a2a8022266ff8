namespace EcsWinReconciler.Sandbox.State;

/// <summary>An ECS cluster.</summary>
public sealed class Cluster
{
    public required string Name { get; init; }

    public required string Arn { get; init; }
}
