namespace EcsWinReconciler.Aws.Ecs.Wire;

/// <summary>
/// An ECS service; <see cref="NetworkConfiguration"/> is where its tasks' ENIs come from, <see cref="Deployments"/> and
/// <see cref="Events"/> say how its rollout is going.
/// </summary>
public sealed record EcsService
{
    public const string Active = "ACTIVE";
    public const string Inactive = "INACTIVE";

    public string? ServiceArn { get; init; }

    public string? ServiceName { get; init; }

    public string? ClusterArn { get; init; }

    public string? Status { get; init; }

    public string? LaunchType { get; init; }

    public int? DesiredCount { get; init; }

    public int? RunningCount { get; init; }

    public EcsNetworkConfiguration? NetworkConfiguration { get; init; }

    public IReadOnlyList<EcsDeployment>? Deployments { get; init; }

    /// <summary>The scheduler's recent messages, newest first.</summary>
    public IReadOnlyList<EcsServiceEvent>? Events { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Only when asked for with <c>include: ["TAGS"]</c>.</summary>
    public IReadOnlyList<EcsTag>? Tags { get; init; }
}
