using EcsWinReconciler.Aws.Sqs;
using EcsWinReconciler.Core.Common;
using EcsWinReconciler.Core.Reconciliation;
using EcsWinReconciler.Lambda.Events.Sqs;
using Microsoft.Extensions.Logging;

namespace EcsWinReconciler.Lambda.Functions;

/// <summary>
/// The task-state function's other input: a batch from the re-check queue. Each message is one <see cref="RecheckRequest"/>,
/// run on its own (one message's failure never stops the batch); a message whose re-check failed is answered as a batch
/// item failure so SQS delivers it again (and, after the queue's maxReceiveCount, dead-letters it). A message that is not
/// one of ours is dropped with a warning: delivering it again could never help.
/// </summary>
internal sealed class RecheckBatch(PlaceReconcilers places, ILogger logger)
{
    public async Task<FunctionOutcome> RunAsync(IReadOnlyList<SqsRecord> records, CancellationToken cancellationToken)
    {
        var summary = RunSummary.Empty;
        var retry = new List<string>();
        var (rejected, dropped) = (0, 0);
        foreach (var record in records)
        {
            var id = record.MessageId!;
            if (RecheckMessage.TryRead(record.Body ?? string.Empty, out var problem) is not { } request)
            {
                FunctionLog.RecheckMessageRejected(logger, id, problem ?? "empty");
                rejected++;
                continue;
            }

            using var scope = logger.BeginScope(new KeyValuePair<string, object?>[] { new("taskArn", request.TaskArn), new("recheckRoot", request.Root), new("messageId", id) });
            try
            {
                var (reconciler, _, ignored) = await places.RouteAsync(AccountRegion.OfArn(request.TaskArn), cancellationToken).ConfigureAwait(false);
                if (reconciler is null)
                {
                    // No spec governs the task's place any more: nothing to re-check, and delivering it again could not help.
                    FunctionLog.RecheckMessageRejected(logger, id, ignored!);
                    dropped++;
                    continue;
                }

                var result = await reconciler.RecheckAsync(request, cancellationToken).ConfigureAwait(false);
                dropped += result.Dropped ? 1 : 0;
                summary = summary.Merge(result.Summary);
                if (result.Summary.Failed > 0)
                {
                    FunctionLog.RecheckFailed(logger, id, null);
                    retry.Add(id);
                }
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                FunctionLog.RecheckFailed(logger, id, ex);
                retry.Add(id);
            }
        }

        return FunctionOutcome.Reconciled(summary, $"{records.Count} re-check(s)", rejected) with { RetryMessages = retry, RechecksDropped = dropped };
    }
}
