using EcsWinReconciler.Core.Alerting;
using EcsWinReconciler.Core.Ports;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace EcsWinReconciler.Aws.Sns;

/// <summary>
/// <see cref="IAlertSink"/> on SNS: one Publish per alert message and format with the plain-string message structure
/// (message attributes reach subscribers only with it). On a FIFO topic every alert shares one message group, so an
/// alert's "resolved" can never overtake its "opened", and the message's DeduplicationId makes a retried
/// publish count once.
/// </summary>
/// <remarks>
/// With <see cref="AlertFormats.Chat"/> the message is the chat integration's custom-notification JSON; with both formats
/// each notification is two messages carrying the same attributes plus <c>format</c> (<c>text</c> or <c>chat</c>), text
/// first. If the chat one fails after the text one went out, the outbox retries both: a text subscriber may see it
/// twice (on a FIFO topic, deduplicated within SNS's five minutes).
/// </remarks>
public sealed class SnsAlertSink : IAlertSink
{
    /// <summary>The message group of every alert on a FIFO topic.</summary>
    public const string MessageGroupId = "ecs-win-reconciler-alerts";

    /// <summary>The attribute that tells the formats apart when the chat format is published.</summary>
    public const string FormatAttribute = "format";

    private readonly ISnsApi _sns;
    private readonly string _topicArn;
    private readonly ILogger _logger;
    private readonly AlertFormats _formats;

    public SnsAlertSink(ISnsApi sns, string topicArn, ILogger<SnsAlertSink>? logger = null, AlertFormats formats = AlertFormats.Text)
    {
        ArgumentNullException.ThrowIfNull(sns);
        ArgumentException.ThrowIfNullOrWhiteSpace(topicArn);
        _sns = sns;
        _topicArn = topicArn;
        _logger = logger ?? NullLogger<SnsAlertSink>.Instance;
        _formats = formats;
    }

    public async Task<string> PublishAsync(AlertMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        string? first = null;
        if (_formats.HasFlag(AlertFormats.Text))
        {
            first = await PublishAsync(message, message.Body, Tagged("text"), message.DeduplicationId, cancellationToken).ConfigureAwait(false);
        }

        if (_formats.HasFlag(AlertFormats.Chat))
        {
            // A message rendered without the chat form (none today) still reaches chat subscribers, as text.
            var id = await PublishAsync(message, message.ChatBody ?? message.Body, Tagged("chat"), $"{message.DeduplicationId}-chat", cancellationToken).ConfigureAwait(false);
            first ??= id;
        }

        return first ?? throw new InvalidOperationException("no alert format configured");

        // Text alone keeps the attributes as they always were; with chat, each message says which format it is.
        IReadOnlyList<KeyValuePair<string, string>> Tagged(string format) =>
            _formats.HasFlag(AlertFormats.Chat) ? [.. message.Attributes, new(FormatAttribute, format)] : [.. message.Attributes];
    }

    private async Task<string> PublishAsync(
        AlertMessage message, string body, IReadOnlyList<KeyValuePair<string, string>> attributes, string deduplicationId, CancellationToken cancellationToken)
    {
        var request = new SnsPublishRequest(_topicArn, body)
        {
            Subject = message.Subject,
            Attributes = attributes,
            MessageGroupId = MessageGroupId,
            MessageDeduplicationId = deduplicationId,
        };
        var messageId = await _sns.PublishAsync(request, cancellationToken).ConfigureAwait(false);
        SnsLog.AlertPublished(_logger, deduplicationId, _topicArn, messageId);
        return messageId;
    }
}
