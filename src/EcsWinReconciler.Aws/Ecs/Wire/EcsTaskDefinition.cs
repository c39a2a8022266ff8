namespace EcsWinReconciler.Aws.Ecs.Wire;

/// <summary>A task definition revision (immutable once registered).</summary>
public sealed record EcsTaskDefinition
{
    public string? TaskDefinitionArn { get; init; }

    public string? Family { get; init; }

    public int? Revision { get; init; }

    public string? NetworkMode { get; init; }

    public string? Status { get; init; }

    public EcsRuntimePlatform? RuntimePlatform { get; init; }

    public IReadOnlyList<EcsContainerDefinition>? ContainerDefinitions { get; init; }

    public IReadOnlyList<string>? RequiresCompatibilities { get; init; }

    public DateTimeOffset? RegisteredAt { get; init; }
}
