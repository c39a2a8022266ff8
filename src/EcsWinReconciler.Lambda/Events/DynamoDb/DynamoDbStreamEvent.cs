using System.Text.Json.Serialization;

namespace EcsWinReconciler.Lambda.Events.DynamoDb;

/// <summary>A batch of DynamoDB stream records, as the event source mapping delivers it.</summary>
internal sealed class DynamoDbStreamEvent
{
    [JsonPropertyName("Records")]
    public IReadOnlyList<DynamoDbStreamRecord>? Records { get; init; }
}
