using EcsWinReconciler.Core.Common;
using EcsWinReconciler.Core.Reconciliation;
using EcsWinReconciler.Lambda.Composition;
using EcsWinReconciler.Lambda.Events;
using Microsoft.Extensions.Logging;

namespace EcsWinReconciler.Lambda.Functions;

/// <summary>
/// resync: the level-triggered safety net. Every selection of every spec, each running task once, stopping cleanly
/// a margin before the deadline; what is left is logged, counted (TasksRemaining) and picked up by the next run.
/// Then it sends the notifications still owed (the alert outbox). A hub resyncs each place in turn — its own, then each
/// member account and region a spec selects — each with its own cursor and an equal share of the time left; a place that
/// fails (its role missing, its API throttling) is reported and the next one runs.
/// </summary>
internal sealed class ResyncFunction(PlaceReconcilers places, DeploymentSettings deployment, TimeProvider time, ILogger logger) : ILambdaFunction
{
    public async Task<FunctionOutcome> HandleAsync(ReadOnlyMemory<byte> body, InvocationContext context, CancellationToken cancellationToken)
    {
        var envelope = EventJson.Read(body, EventJsonContext.Default.EventBridgeEventScheduledDetail, "scheduled event");
        if (!envelope.IsOk)
        {
            return FunctionOutcome.Rejected(envelope.Problem);
        }

        if (envelope.Value.Source != EventKinds.SchedulerSource || envelope.Value.DetailType != EventKinds.ScheduledEvent)
        {
            return FunctionOutcome.Rejected($"expected source {EventKinds.SchedulerSource} and detail-type \"{EventKinds.ScheduledEvent}\"");
        }

        var all = await places.AllAsync(cancellationToken).ConfigureAwait(false);
        var summary = RunSummary.Empty;
        var failed = new List<string>();
        int? openAlerts = 0;
        for (var i = 0; i < all.Count; i++)
        {
            // An equal share of what is left: a slow place cannot starve the ones after it, and time a fast one leaves is shared on.
            var now = time.GetUtcNow();
            var stopBy = i == all.Count - 1 || context.StopBy <= now ? context.StopBy : now + ((context.StopBy - now) / (all.Count - i));
            var (member, reconciler) = all[i];
            try
            {
                var place = await ResyncAsync(member, reconciler(), stopBy, cancellationToken).ConfigureAwait(false);
                openAlerts += place.OpenAlerts;
                summary = summary.Merge(place);

                // A member whose role is missing or whose ECS throttles cannot list: the place is reported (its selections are
                // in Remaining, so none of its alerts was resolved for want of a task).
                if (member is not null && !place.ListingFailures.IsEmpty)
                {
                    var problem = string.Join("; ", place.ListingFailures);
                    FunctionLog.PlaceFailed(logger, member.Account, member.Region, problem, null);
                    failed.Add($"{member}: {problem}");
                }
            }
            catch (Exception ex) when (member is not null && !cancellationToken.IsCancellationRequested)
            {
                FunctionLog.PlaceFailed(logger, member.Account, member.Region, ex.Message, ex);
                failed.Add($"{member}: {ex.Message}");
                openAlerts = null;
            }
        }

        if (!summary.Remaining.IsEmpty)
        {
            FunctionLog.LeftOver(logger, summary.Remaining.Count, string.Join(", ", summary.Remaining.Take(5)));
        }

        // Open alerts are known only when every place's sweep knew its own.
        return FunctionOutcome.Reconciled(summary with { OpenAlerts = openAlerts }, envelope.Value.Resources?.FirstOrDefault()) with { FailedPlaces = failed };
    }

    // The pass, then the alert sweep: after a complete, clean pass every affected running task has joined its alerts, so an alert
    // no task is left in is resolved; then the outbox (notifications SNS refused earlier, or owed for tasks gone). Each place's
    // sweep sees that place's alerts only (their keys carry it), so one place's pass never resolves another's alert.
    private async Task<RunSummary> ResyncAsync(AccountRegion? member, Reconciler reconciler, DateTimeOffset stopBy, CancellationToken cancellationToken)
    {
        IReadOnlyList<Selection> selections = member is null
            ? await StackSelections.AllAsync(reconciler, deployment, logger, cancellationToken).ConfigureAwait(false)
            : await reconciler.SelectionsOfAllSpecsAsync(cancellationToken).ConfigureAwait(false);
        if (member is null)
        {
            FunctionLog.Resync(logger, selections.Count, stopBy);
        }
        else
        {
            FunctionLog.ResyncPlace(logger, member.Account, member.Region, selections.Count, stopBy);
        }

        return await reconciler.ResyncAsync(selections, stopBy, cancellationToken).ConfigureAwait(false);
    }
}
