using EcsWinReconciler.Core.Reconciliation;
using EcsWinReconciler.Lambda.Composition;
using EcsWinReconciler.Lambda.Events;
using Microsoft.Extensions.Logging;

namespace EcsWinReconciler.Lambda.Functions;

/// <summary>
/// resync: the level-triggered safety net. Every selection of every spec, each running task once, stopping cleanly
/// a margin before the deadline; what is left is logged, counted (TasksRemaining) and picked up by the next run.
/// Then it sends the notifications still owed (the alert outbox).
/// </summary>
internal sealed class ResyncFunction(Reconciler reconciler, DeploymentSettings deployment, ILogger logger) : ILambdaFunction
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

        var selections = await StackSelections.AllAsync(reconciler, deployment, logger, cancellationToken).ConfigureAwait(false);
        FunctionLog.Resync(logger, selections.Count, context.StopBy);
        // The pass, then the alert sweep: after a complete, clean pass every affected running task has joined its alerts, so
        // an alert no task is left in is resolved; then the outbox (notifications SNS refused earlier, or owed for tasks gone).
        var summary = await reconciler.ResyncAsync(selections, context.StopBy, cancellationToken).ConfigureAwait(false);
        if (!summary.Remaining.IsEmpty)
        {
            FunctionLog.LeftOver(logger, summary.Remaining.Count, string.Join(", ", summary.Remaining.Take(5)));
        }

        return FunctionOutcome.Reconciled(summary, envelope.Value.Resources?.FirstOrDefault());
    }
}
