namespace EcsWinReconciler.Aws.Sns;

/// <summary>
/// One Publish, before the client applies SNS's rules: the subject is sanitised, empty or surplus attributes are
/// dropped, and the FIFO fields are sent only to a topic whose ARN ends with <c>.fifo</c>.
/// </summary>
public sealed record SnsPublishRequest(string TopicArn, string Message)
{
    public string? Subject { get; init; }

    /// <summary>String attributes for subscription filter policies, in priority order (only the first 10 usable ones are sent).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Attributes { get; init; } = [];

    public string? MessageGroupId { get; init; }

    public string? MessageDeduplicationId { get; init; }
}
