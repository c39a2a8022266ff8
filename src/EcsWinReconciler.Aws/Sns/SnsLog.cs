using Microsoft.Extensions.Logging;

namespace EcsWinReconciler.Aws.Sns;

/// <summary>Log events of the SNS client and alert sink. Event ids 3400–3499 belong to this folder.</summary>
internal static partial class SnsLog
{
    [LoggerMessage(EventId = 3401, Level = LogLevel.Warning,
        Message = "SNS message attribute {Name} not sent: {Reason}")]
    public static partial void AttributeDropped(ILogger logger, string name, string reason);

    [LoggerMessage(EventId = 3402, Level = LogLevel.Debug,
        Message = "SNS subject rewritten to fit SNS's rules: {Original} -> {Sanitized}")]
    public static partial void SubjectSanitized(ILogger logger, string original, string? sanitized);

    [LoggerMessage(EventId = 3403, Level = LogLevel.Warning,
        Message = "SNS Publish to {TopicArn} failed: {ErrorCode} (transient: {Transient}): {ErrorMessage}")]
    public static partial void PublishFailed(ILogger logger, string topicArn, string? errorCode, bool transient, string errorMessage);

    [LoggerMessage(EventId = 3404, Level = LogLevel.Information,
        Message = "Published alert {DeduplicationId} to {TopicArn} as {MessageId}")]
    public static partial void AlertPublished(ILogger logger, string deduplicationId, string topicArn, string messageId);
}
