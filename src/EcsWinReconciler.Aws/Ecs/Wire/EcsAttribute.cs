namespace EcsWinReconciler.Aws.Ecs.Wire;

/// <summary>A container instance attribute; capability attributes have a name and no value.</summary>
public sealed record EcsAttribute
{
    public string? Name { get; init; }

    public string? Value { get; init; }

    public string? TargetType { get; init; }

    public string? TargetId { get; init; }
}
