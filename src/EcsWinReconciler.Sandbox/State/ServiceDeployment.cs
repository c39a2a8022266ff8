namespace EcsWinReconciler.Sandbox.State;

/// <summary>
/// A service deployment. The newest is PRIMARY; older ones are ACTIVE while their tasks drain and INACTIVE after.
/// </summary>
public sealed class ServiceDeployment
{
    public const string Primary = "PRIMARY";
    public const string Active = "ACTIVE";
    public const string Inactive = "INACTIVE";

    /// <summary><c>ecs-svc/</c> and 19 digits: also the <c>startedBy</c> of its tasks.</summary>
    public required string Id { get; init; }

    public required string TaskDefinitionArn { get; init; }

    public required AwsVpcConfiguration Network { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public string Status { get; set; } = Primary;

    public DateTimeOffset UpdatedAt { get; set; }

    public int FailedTasks { get; set; }

    public string RolloutState { get; set; } = "IN_PROGRESS";
}
