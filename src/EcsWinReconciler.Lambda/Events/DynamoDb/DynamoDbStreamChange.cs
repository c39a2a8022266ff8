using System.Text.Json.Serialization;

namespace EcsWinReconciler.Lambda.Events.DynamoDb;

/// <summary>The <c>dynamodb</c> part of a stream record; images are present per the stream's view type (NEW_AND_OLD_IMAGES here).</summary>
internal sealed class DynamoDbStreamChange
{
    [JsonPropertyName("Keys")]
    public IReadOnlyDictionary<string, DynamoDbValue>? Keys { get; init; }

    [JsonPropertyName("NewImage")]
    public IReadOnlyDictionary<string, DynamoDbValue>? NewImage { get; init; }

    [JsonPropertyName("OldImage")]
    public IReadOnlyDictionary<string, DynamoDbValue>? OldImage { get; init; }

    [JsonPropertyName("SequenceNumber")]
    public string? SequenceNumber { get; init; }
}
