namespace EcsWinReconciler.Sandbox.State;

/// <summary>
/// An ECS task. <see cref="Version"/> grows on every change (it is the event's <c>detail.version</c>, docs/FACTS.md §1.1).
/// </summary>
/// <remarks>
/// Lifecycle (lastStatus): PROVISIONING (ENI created) → PENDING (ENI attached) → RUNNING → DEPROVISIONING (ENI
/// detaching) → STOPPED (ENI deleted). A task whose ENI cannot attach goes PROVISIONING → DEPROVISIONING → STOPPED
/// with stopCode TaskFailedToStart (docs/FACTS.md §1.3).
/// </remarks>
public sealed class EcsTask
{
    public required string Id { get; init; }

    public required string Arn { get; init; }

    public required string ClusterName { get; init; }

    public required string TaskDefinitionArn { get; init; }

    public required string ContainerInstanceArn { get; init; }

    public required string AvailabilityZone { get; init; }

    public required string Group { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public string? StartedBy { get; init; }

    /// <summary>The service that owns the task (group <c>service:NAME</c>), null for standalone tasks.</summary>
    public string? ServiceName { get; init; }

    public string? DeploymentId { get; init; }

    public string LastStatus { get; set; } = Lifecycle.TaskStatuses.Provisioning;

    public string DesiredStatus { get; set; } = Lifecycle.TaskStatuses.Running;

    public long Version { get; set; } = 1;

    public string LaunchType { get; init; } = "EC2";

    public string? Cpu { get; init; }

    public string? Memory { get; init; }

    public TaskEniAttachment? Eni { get; init; }

    public List<TaskContainer> Containers { get; init; } = [];

    public DateTimeOffset? PullStartedAt { get; set; }

    public DateTimeOffset? PullStoppedAt { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? ConnectivityAt { get; set; }

    public DateTimeOffset? StoppingAt { get; set; }

    public DateTimeOffset? ExecutionStoppedAt { get; set; }

    public DateTimeOffset? StoppedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public string? StopCode { get; set; }

    public string? StoppedReason { get; set; }

    public bool IsStopped => LastStatus == Lifecycle.TaskStatuses.Stopped;

    /// <summary>Still holds (or is about to hold) an ENI on its host.</summary>
    public bool HoldsEni => !IsStopped;

    /// <summary>Resource tags (EC2 tagSet / ECS tags), by key.</summary>
    public Dictionary<string, string> Tags { get; init; } = new(StringComparer.Ordinal);
}

/// <summary>A container of a task (one per container definition).</summary>
public sealed record TaskContainer(string Arn, string Name, string Image, int? Cpu, int? Memory);
