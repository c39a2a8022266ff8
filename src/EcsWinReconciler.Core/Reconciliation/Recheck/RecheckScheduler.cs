using EcsWinReconciler.Core.Ports;
using Microsoft.Extensions.Logging;

namespace EcsWinReconciler.Core.Reconciliation;

/// <summary>
/// Sends a run's re-checks, one per root (<see cref="RecheckPolicy.Collapse"/>), after the run: a root that already has one
/// pending is collapsed into it. A re-check that cannot be sent is logged and the run goes on; the resync is the backstop.
/// </summary>
internal sealed class RecheckScheduler(IRecheckQueue? queue, TimeProvider time, ILogger logger)
{
    public async Task<RunSummary> ScheduleAsync(RunSummary summary, CancellationToken cancellationToken)
    {
        if (queue is null || summary.ReadOnly)
        {
            return summary;
        }

        var (scheduled, failed) = (0, 0);
        foreach (var request in RecheckPolicy.Collapse(summary.RequestedRechecks))
        {
            try
            {
                if (await queue.TryScheduleAsync(request, time.GetUtcNow(), cancellationToken).ConfigureAwait(false))
                {
                    scheduled++;
                    ReconcilerLog.RecheckScheduled(logger, request.Attempt, request.Root, Networking.AwsIds.TaskId(request.TaskArn), request.Delay.TotalSeconds, request.Reason.ToString());
                }
                else
                {
                    ReconcilerLog.RecheckCollapsed(logger, request.Root);
                }
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                ReconcilerLog.RecheckNotScheduled(logger, request.Root, ex);
                failed++;
            }
        }

        return summary with { RechecksScheduled = summary.RechecksScheduled + scheduled, RechecksNotScheduled = summary.RechecksNotScheduled + failed };
    }

    /// <summary>Ends the request's pending marker (so the look it starts may ask for the next); a failure only delays that to the marker's staleness.</summary>
    public async Task ReleaseAsync(RecheckRequest request, CancellationToken cancellationToken)
    {
        if (queue is null)
        {
            return;
        }

        try
        {
            await queue.ReleaseAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            ReconcilerLog.RecheckNotScheduled(logger, request.Root, ex);
        }
    }
}
