using System.Text.Json.Serialization;

namespace EcsWinReconciler.Lambda.Events.Sqs;

/// <summary>A batch of SQS messages, as the event source mapping delivers it (the re-check queue's, to task-state).</summary>
internal sealed class SqsEvent
{
    [JsonPropertyName("Records")]
    public IReadOnlyList<SqsRecord?>? Records { get; init; }
}

/// <summary>One message: its id (what a batch item failure names), its body, and where it came from.</summary>
internal sealed class SqsRecord
{
    [JsonPropertyName("messageId")]
    public string? MessageId { get; init; }

    [JsonPropertyName("body")]
    public string? Body { get; init; }

    [JsonPropertyName("eventSource")]
    public string? EventSource { get; init; }
}
