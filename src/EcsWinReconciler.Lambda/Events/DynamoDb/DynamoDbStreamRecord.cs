using System.Text.Json.Serialization;

namespace EcsWinReconciler.Lambda.Events.DynamoDb;

/// <summary>One stream record: <c>eventName</c> INSERT | MODIFY | REMOVE and the item's keys and images.</summary>
internal sealed class DynamoDbStreamRecord
{
    public const string Insert = "INSERT";
    public const string Modify = "MODIFY";
    public const string Remove = "REMOVE";

    [JsonPropertyName("eventID")]
    public string? EventId { get; init; }

    [JsonPropertyName("eventName")]
    public string? EventName { get; init; }

    [JsonPropertyName("eventSource")]
    public string? EventSource { get; init; }

    [JsonPropertyName("dynamodb")]
    public DynamoDbStreamChange? Change { get; init; }
}
