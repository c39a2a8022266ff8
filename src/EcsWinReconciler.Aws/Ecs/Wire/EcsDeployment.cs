namespace EcsWinReconciler.Aws.Ecs.Wire;

/// <summary>
/// One of a service's deployments: PRIMARY (the newest), ACTIVE (older ones still running tasks), INACTIVE. Its
/// counts say how far the rollout got; <see cref="FailedTasks"/> counts its tasks that never reached RUNNING.
/// </summary>
public sealed record EcsDeployment
{
    public const string Primary = "PRIMARY";
    public const string ActiveStatus = "ACTIVE";
    public const string InProgress = "IN_PROGRESS";

    public string? Id { get; init; }

    public string? Status { get; init; }

    /// <summary>COMPLETED | FAILED | IN_PROGRESS (rolling-update deployments not behind a Classic Load Balancer only).</summary>
    public string? RolloutState { get; init; }

    /// <summary>ECS's words for the state, e.g. "ECS deployment ecs-svc/… in progress."</summary>
    public string? RolloutStateReason { get; init; }

    public int? DesiredCount { get; init; }

    public int? PendingCount { get; init; }

    public int? RunningCount { get; init; }

    public int? FailedTasks { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }

    public DateTimeOffset? UpdatedAt { get; init; }
}
