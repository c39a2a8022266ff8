using System.Text.Json.Serialization;

namespace EcsWinReconciler.Lambda.Events;

/// <summary>
/// The EventBridge envelope (every rule target receives it): <c>detail-type</c> and <c>source</c> say what the event
/// is, <c>detail</c> carries the payload. Unknown fields are ignored (AWS adds fields over time).
/// </summary>
internal sealed class EventBridgeEvent<TDetail>
    where TDetail : class
{
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    [JsonPropertyName("detail-type")]
    public string? DetailType { get; init; }

    [JsonPropertyName("source")]
    public string? Source { get; init; }

    [JsonPropertyName("account")]
    public string? Account { get; init; }

    [JsonPropertyName("region")]
    public string? Region { get; init; }

    [JsonPropertyName("time")]
    public DateTimeOffset? Time { get; init; }

    [JsonPropertyName("resources")]
    public IReadOnlyList<string>? Resources { get; init; }

    [JsonPropertyName("detail")]
    public TDetail? Detail { get; init; }
}
