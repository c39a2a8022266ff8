using System.Text.Json;

namespace EcsWinReconciler.Lambda.Events.Sqs;

/// <summary>
/// Tells an SQS batch from the EventBridge events the task-state function also takes: a body is a batch only when it has
/// a non-empty <c>Records</c> list whose every record says <c>eventSource: aws:sqs</c> and has a message id. Anything else
/// (an EventBridge event, a hostile body) is left to the event reader, which rejects what it cannot read.
/// </summary>
internal static class SqsBatch
{
    public const string EventSource = "aws:sqs";

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    public static IReadOnlyList<SqsRecord>? TryRead(ReadOnlyMemory<byte> body)
    {
        var span = body.Span;
        if (span.IndexOf("\"Records\""u8) < 0)
        {
            return null;
        }

        try
        {
            var batch = JsonSerializer.Deserialize(span.StartsWith(Utf8Bom) ? span[Utf8Bom.Length..] : span, EventJsonContext.Default.SqsEvent);
            return batch?.Records is { Count: > 0 } records && records.All(r => r is { EventSource: EventSource, MessageId.Length: > 0 })
                ? [.. records.OfType<SqsRecord>()]
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
