using System.Text.Json.Serialization;

namespace EcsWinReconciler.Lambda.Events.Ecs;

/// <summary>A task attachment: type <c>eni</c> in events (<c>ElasticNetworkInterface</c> in DescribeTasks), details as name/value pairs.</summary>
internal sealed class EcsAttachment
{
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    [JsonPropertyName("type")]
    public string? Type { get; init; }

    [JsonPropertyName("status")]
    public string? Status { get; init; }

    [JsonPropertyName("details")]
    public IReadOnlyList<EcsNameValue>? Details { get; init; }
}
