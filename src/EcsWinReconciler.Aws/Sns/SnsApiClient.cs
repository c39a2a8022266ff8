using System.Text;
using EcsWinReconciler.Aws.Configuration.Transport;
using EcsWinReconciler.Aws.Errors;
using EcsWinReconciler.Core.Ports;
using Microsoft.Extensions.Logging;

namespace EcsWinReconciler.Aws.Sns;

/// <summary>
/// SNS Publish over the Query protocol (form-encoded <c>POST /</c>, XML answers, SigV4 service <c>sns</c>) on
/// AWSSDK.Core's pipeline, which retries <c>Throttling</c> and 5xx with jittered backoff within the configured
/// attempts. SNS's input rules are applied here so a caller cannot trip them. Build it with
/// <c>AwsClientFactory.CreateSnsApi</c>.
/// </summary>
public sealed class SnsApiClient : ISnsApi, IDisposable
{
    private readonly ServiceClient _client;
    private readonly ILogger _logger;

    internal SnsApiClient(ServiceClient client, ILogger<SnsApiClient> logger)
    {
        _client = client;
        _logger = logger;
    }

    public async Task<string> PublishAsync(SnsPublishRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var fields = Prepare(request);
        var call = new ServiceCall("Publish", SnsPublishForm.ContentType, SnsPublishForm.Encode(fields));
        try
        {
            var reply = await _client.SendAsync(call, XmlReplyUnmarshaller.Instance, cancellationToken).ConfigureAwait(false);
            return SnsPublishResponse.MessageId(Encoding.UTF8.GetString(reply.Body))
                ?? throw new AdapterException(AwsErrorFacts.Sns.Component, "Publish", request.TopicArn, "the answer carries no PublishResult/MessageId");
        }
        catch (Exception error) when (AwsErrorTranslator.Translate(error, AwsErrorFacts.Sns, "Publish", request.TopicArn, cancellationToken) is { } failure)
        {
            SnsLog.PublishFailed(_logger, request.TopicArn, failure.ErrorCode, failure.IsTransient, failure.Message);
            throw failure.ToException();
        }
    }

    public void Dispose() => _client.Dispose();

    private IReadOnlyList<KeyValuePair<string, string>> Prepare(SnsPublishRequest request)
    {
        var subject = SnsSubject.Sanitize(request.Subject);
        if (request.Subject is not null && subject != request.Subject)
        {
            SnsLog.SubjectSanitized(_logger, request.Subject, subject);
        }

        var attributes = SnsMessageAttributes.Select(request.Attributes);
        foreach (var (name, reason) in attributes.Dropped)
        {
            SnsLog.AttributeDropped(_logger, name, reason);
        }

        var size = SnsMessageSize.Measure(request.Message, attributes.Kept);
        if (size > SnsMessageSize.MaxBytes)
        {
            throw new AdapterException(AwsErrorFacts.Sns.Component, "Publish", request.TopicArn,
                $"the message is {size} bytes of UTF-8 with its attributes; SNS accepts at most {SnsMessageSize.MaxBytes}",
                isTransient: false, errorCode: SnsErrorCodes.MessageTooLong);
        }

        return SnsPublishForm.Fields(request.TopicArn, request.Message, subject, attributes.Kept, request.MessageGroupId, request.MessageDeduplicationId);
    }
}
