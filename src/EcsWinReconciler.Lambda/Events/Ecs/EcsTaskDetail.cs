using System.Text.Json.Serialization;

namespace EcsWinReconciler.Lambda.Events.Ecs;

/// <summary>
/// The <c>detail</c> of "ECS Task State Change": the task as DescribeTasks shows it, with ISO-8601 timestamps
/// (docs/FACTS.md §1.1). Only the fields the reconciler maps or logs are declared.
/// </summary>
internal sealed class EcsTaskDetail
{
    [JsonPropertyName("taskArn")]
    public string? TaskArn { get; init; }

    [JsonPropertyName("clusterArn")]
    public string? ClusterArn { get; init; }

    [JsonPropertyName("taskDefinitionArn")]
    public string? TaskDefinitionArn { get; init; }

    [JsonPropertyName("group")]
    public string? Group { get; init; }

    [JsonPropertyName("startedBy")]
    public string? StartedBy { get; init; }

    [JsonPropertyName("lastStatus")]
    public string? LastStatus { get; init; }

    [JsonPropertyName("desiredStatus")]
    public string? DesiredStatus { get; init; }

    /// <summary>Grows with every change of the task: (taskArn, version) identifies an event.</summary>
    [JsonPropertyName("version")]
    public long? Version { get; init; }

    [JsonPropertyName("containerInstanceArn")]
    public string? ContainerInstanceArn { get; init; }

    [JsonPropertyName("launchType")]
    public string? LaunchType { get; init; }

    [JsonPropertyName("attachments")]
    public IReadOnlyList<EcsAttachment>? Attachments { get; init; }

    [JsonPropertyName("stopCode")]
    public string? StopCode { get; init; }

    [JsonPropertyName("createdAt")]
    public DateTimeOffset? CreatedAt { get; init; }

    [JsonPropertyName("startedAt")]
    public DateTimeOffset? StartedAt { get; init; }

    [JsonPropertyName("stoppedAt")]
    public DateTimeOffset? StoppedAt { get; init; }

    [JsonPropertyName("updatedAt")]
    public DateTimeOffset? UpdatedAt { get; init; }
}
