namespace EcsWinReconciler.Aws.Ecs.Wire;

/// <summary>One of a service's deployments: PRIMARY (the newest), ACTIVE (older ones still running tasks), INACTIVE.</summary>
public sealed record EcsDeployment
{
    public const string Primary = "PRIMARY";
    public const string ActiveStatus = "ACTIVE";
    public const string InProgress = "IN_PROGRESS";

    public string? Id { get; init; }

    public string? Status { get; init; }

    /// <summary>COMPLETED | FAILED | IN_PROGRESS (rolling-update deployments).</summary>
    public string? RolloutState { get; init; }

    public int? DesiredCount { get; init; }

    public int? RunningCount { get; init; }
}
