namespace EcsWinReconciler.Sandbox.State;

/// <summary>An SQS standard queue: messages in the order sent, each invisible until its delay (or a receive's visibility timeout) ends.</summary>
public sealed class SqsQueue(string name, string url)
{
    public string Name { get; } = name;

    public string Url { get; } = url;

    public List<SqsMessage> Messages { get; } = [];

    /// <summary>Messages ever sent to it: numbers message ids and receipt handles without drawing from the world's id source.</summary>
    public long Sent { get; set; }
}

/// <summary>One message of a queue. <see cref="ReceiptHandle"/> is set by the last receive; deleting needs it.</summary>
public sealed class SqsMessage(string messageId, string body, DateTimeOffset sentAt, DateTimeOffset visibleAt)
{
    public string MessageId { get; } = messageId;

    public string Body { get; } = body;

    public DateTimeOffset SentAt { get; } = sentAt;

    public DateTimeOffset VisibleAt { get; set; } = visibleAt;

    public string? ReceiptHandle { get; set; }

    public int ReceiveCount { get; set; }
}
