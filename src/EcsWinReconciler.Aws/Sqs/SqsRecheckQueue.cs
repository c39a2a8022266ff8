using Amazon.SQS;
using Amazon.SQS.Model;
using EcsWinReconciler.Aws.DynamoDb;
using EcsWinReconciler.Aws.Errors;
using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.Core.Reconciliation;

namespace EcsWinReconciler.Aws.Sqs;

/// <summary>
/// <see cref="IRecheckQueue"/> on an SQS delay queue: the root's marker on the State table first (one pending re-check per root;
/// SQS standard queues do not deduplicate), then <c>SendMessage</c> with <c>DelaySeconds</c> (at most 900). A send that fails
/// releases the marker, so the next look may try again.
/// </summary>
public sealed class SqsRecheckQueue : IRecheckQueue
{
    /// <summary>SQS's largest per-message delay.</summary>
    public static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(900);

    private readonly IAmazonSQS _sqs;
    private readonly string _queueUrl;
    private readonly DynamoRecheckMarkers _markers;

    public SqsRecheckQueue(IAmazonSQS sqs, string queueUrl, Amazon.DynamoDBv2.IAmazonDynamoDB dynamo, string stateTable, StatePlace? place = null)
    {
        _sqs = sqs;
        _queueUrl = queueUrl;
        _markers = new DynamoRecheckMarkers(dynamo, stateTable, place ?? StatePlace.Home);
    }

    public async Task<bool> TryScheduleAsync(RecheckRequest request, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!await _markers.TryHoldAsync(request, now, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        // The delay counts from now, not from the look: a slow run still waits the whole backoff after it.
        var delay = request.Delay < MaxDelay ? request.Delay : MaxDelay;
        var send = new SendMessageRequest { QueueUrl = _queueUrl, MessageBody = RecheckMessage.Write(request), DelaySeconds = (int)delay.TotalSeconds };
        try
        {
            await _sqs.SendMessageAsync(send, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            await _markers.ReleaseAsync(request, cancellationToken).ConfigureAwait(false);
            throw AwsErrorTranslator.Translate(ex, AwsErrorFacts.Sqs, "SendMessage", _queueUrl, cancellationToken)?.ToException() ?? ex;
        }

        return true;
    }

    public Task ReleaseAsync(RecheckRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _markers.ReleaseAsync(request, cancellationToken);
    }
}
