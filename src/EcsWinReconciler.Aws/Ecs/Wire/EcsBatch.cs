namespace EcsWinReconciler.Aws.Ecs.Wire;

/// <summary>What a batched Describe* returned across all its calls: the items, and the ARNs ECS reported as failures.</summary>
public sealed record EcsBatch<T>(IReadOnlyList<T> Items, IReadOnlyList<EcsFailure> Failures)
{
    public static EcsBatch<T> Empty { get; } = new([], []);
}
