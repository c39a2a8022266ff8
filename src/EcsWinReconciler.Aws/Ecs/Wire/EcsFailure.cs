namespace EcsWinReconciler.Aws.Ecs.Wire;

/// <summary>A per-item failure of a Describe* call (reason "MISSING" = ECS does not know the ARN).</summary>
public sealed record EcsFailure
{
    public const string Missing = "MISSING";

    public string? Arn { get; init; }

    public string? Reason { get; init; }

    public string? Detail { get; init; }
}
