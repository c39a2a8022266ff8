using System.Text.Json.Serialization;

namespace EcsWinReconciler.Lambda.Events.DynamoDb;

/// <summary>A DynamoDB attribute value in stream JSON; only the scalar kinds the Specs table uses are read.</summary>
internal sealed class DynamoDbValue
{
    [JsonPropertyName("S")]
    public string? S { get; init; }

    [JsonPropertyName("N")]
    public string? N { get; init; }
}
