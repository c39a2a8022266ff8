namespace EcsWinReconciler.Aws.Ecs.Wire;

/// <summary>
/// ListTasks filters. <see cref="DesiredStatus"/> is RUNNING (ECS's default) or STOPPED; <see cref="LaunchType"/>
/// is EC2, FARGATE or EXTERNAL. ECS refuses <c>startedBy</c> combined with other filters.
/// </summary>
public sealed record EcsTaskFilter(string Cluster)
{
    public string? Family { get; init; }

    public string? ServiceName { get; init; }

    public string? DesiredStatus { get; init; }

    public string? LaunchType { get; init; }

    public string? ContainerInstance { get; init; }

    public int? MaxResults { get; init; }
}
