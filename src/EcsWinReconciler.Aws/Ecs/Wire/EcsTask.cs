namespace EcsWinReconciler.Aws.Ecs.Wire;

/// <summary>An ECS task as DescribeTasks / StopTask return it (the fields we read; unknown fields are ignored).</summary>
public sealed record EcsTask
{
    public string? TaskArn { get; init; }

    public string? ClusterArn { get; init; }

    public string? TaskDefinitionArn { get; init; }

    public string? Group { get; init; }

    public string? StartedBy { get; init; }

    public string? LastStatus { get; init; }

    public string? DesiredStatus { get; init; }

    public long? Version { get; init; }

    public string? ContainerInstanceArn { get; init; }

    public string? LaunchType { get; init; }

    public IReadOnlyList<EcsAttachment>? Attachments { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }

    public DateTimeOffset? StartedAt { get; init; }

    public DateTimeOffset? StoppingAt { get; init; }

    public DateTimeOffset? StoppedAt { get; init; }

    public string? StopCode { get; init; }

    public string? StoppedReason { get; init; }

    /// <summary>Only when asked for with <c>include: ["TAGS"]</c>.</summary>
    public IReadOnlyList<EcsTag>? Tags { get; init; }
}
