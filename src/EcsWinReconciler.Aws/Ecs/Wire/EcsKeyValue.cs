namespace EcsWinReconciler.Aws.Ecs.Wire;

/// <summary>ECS's KeyValuePair shape: the JSON keys are <c>name</c> and <c>value</c>.</summary>
public sealed record EcsKeyValue
{
    public string? Name { get; init; }

    public string? Value { get; init; }
}
