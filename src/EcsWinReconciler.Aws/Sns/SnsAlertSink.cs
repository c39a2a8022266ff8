using EcsWinReconciler.Core.Alerting;
using EcsWinReconciler.Core.Ports;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace EcsWinReconciler.Aws.Sns;

/// <summary>
/// <see cref="IAlertSink"/> on SNS: one Publish per alert message with the plain-string message structure (message
/// attributes reach subscribers only with it). On a FIFO topic every alert shares one message group, so an
/// alert's "resolved" can never overtake its "opened", and the message's DeduplicationId makes a retried
/// publish count once.
/// </summary>
public sealed class SnsAlertSink : IAlertSink
{
    /// <summary>The message group of every alert on a FIFO topic.</summary>
    public const string MessageGroupId = "ecs-win-reconciler-alerts";

    private readonly ISnsApi _sns;
    private readonly string _topicArn;
    private readonly ILogger _logger;

    public SnsAlertSink(ISnsApi sns, string topicArn, ILogger<SnsAlertSink>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(sns);
        ArgumentException.ThrowIfNullOrWhiteSpace(topicArn);
        _sns = sns;
        _topicArn = topicArn;
        _logger = logger ?? NullLogger<SnsAlertSink>.Instance;
    }

    public async Task<string> PublishAsync(AlertMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var request = new SnsPublishRequest(_topicArn, message.Body)
        {
            Subject = message.Subject,
            Attributes = [.. message.Attributes],
            MessageGroupId = MessageGroupId,
            MessageDeduplicationId = message.DeduplicationId,
        };
        var messageId = await _sns.PublishAsync(request, cancellationToken).ConfigureAwait(false);
        SnsLog.AlertPublished(_logger, message.DeduplicationId, _topicArn, messageId);
        return messageId;
    }
}
