namespace EcsWinReconciler.Sandbox.State;

/// <summary>
/// A service deployment. The newest is PRIMARY; older ones are ACTIVE while their tasks drain and INACTIVE after.
/// </summary>
/// <remarks>
/// Rollout: IN_PROGRESS ("ECS deployment ID in progress.") → COMPLETED ("ECS deployment ID completed.") once it is
/// the only deployment and runs desiredCount tasks. FAILED (the circuit breaker) is not modelled.
/// </remarks>
public sealed class ServiceDeployment
{
    public const string Primary = "PRIMARY";
    public const string Active = "ACTIVE";
    public const string Inactive = "INACTIVE";
    public const string InProgress = "IN_PROGRESS";
    public const string Completed = "COMPLETED";

    /// <summary><c>ecs-svc/</c> and 19 digits: also the <c>startedBy</c> of its tasks.</summary>
    public required string Id { get; init; }

    public required string TaskDefinitionArn { get; init; }

    public required AwsVpcConfiguration Network { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public string Status { get; set; } = Primary;

    public DateTimeOffset UpdatedAt { get; set; }

    public string RolloutState { get; private set; } = InProgress;

    public string RolloutStateReason => $"ECS deployment {Id} {(RolloutState == Completed ? "completed" : "in progress")}.";

    public void Complete(DateTimeOffset at)
    {
        RolloutState = Completed;
        UpdatedAt = at;
    }
}
