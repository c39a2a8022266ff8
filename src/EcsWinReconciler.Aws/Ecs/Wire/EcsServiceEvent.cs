namespace EcsWinReconciler.Aws.Ecs.Wire;

/// <summary>
/// One entry of a service's event log (botocore <c>ServiceEvent</c>): what the scheduler did or could not do, e.g.
/// "(service web) was unable to place a task … encountered error "RESOURCE:ENI"". ECS keeps the last 100, newest first.
/// </summary>
public sealed record EcsServiceEvent
{
    public string? Id { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }

    public string? Message { get; init; }
}
