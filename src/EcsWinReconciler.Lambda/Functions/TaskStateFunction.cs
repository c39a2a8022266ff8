using EcsWinReconciler.Core.Common;
using EcsWinReconciler.Core.Reconciliation;
using EcsWinReconciler.Lambda.Composition;
using EcsWinReconciler.Lambda.Events;
using EcsWinReconciler.Lambda.Events.Sqs;
using EcsWinReconciler.Lambda.Mapping;
using Microsoft.Extensions.Logging;

namespace EcsWinReconciler.Lambda.Functions;

/// <summary>
/// task-state: an "ECS Task State Change" names one task; its snapshot stands in for DescribeTasks and the network
/// is observed afresh. Core drops duplicate or older (taskArn, version) events and closes a STOPPED task's alerts.
/// A batch from the re-check queue (SQS) is the other input: each delayed re-check described afresh (<see cref="RecheckBatch"/>).
/// </summary>
internal sealed class TaskStateFunction(PlaceReconcilers places, DeploymentSettings deployment, ILogger logger) : ILambdaFunction
{
    public async Task<FunctionOutcome> HandleAsync(ReadOnlyMemory<byte> body, InvocationContext context, CancellationToken cancellationToken)
    {
        if (SqsBatch.TryRead(body) is { } rechecks)
        {
            return await new RecheckBatch(places, logger).RunAsync(rechecks, cancellationToken).ConfigureAwait(false);
        }

        var envelope = EventJson.Read(body, EventJsonContext.Default.EventBridgeEventEcsTaskDetail, "ECS Task State Change event");
        if (!envelope.IsOk)
        {
            return FunctionOutcome.Rejected(envelope.Problem);
        }

        var task = TaskEventMapping.ToObservedTask(envelope.Value);
        if (!task.IsOk)
        {
            return FunctionOutcome.Rejected(task.Problem);
        }

        var observed = task.Value;

        // A member's task (forwarded from its account) is reconciled in its place; the stack's Clusters list the hub's own.
        var (reconciler, member, ignored) = await places.RouteAsync(AccountRegion.OfArn(observed.TaskArn), cancellationToken).ConfigureAwait(false);
        if (reconciler is null)
        {
            return FunctionOutcome.Ignored(ignored!, observed.TaskArn);
        }

        if (member is null && !deployment.AllowsCluster(observed.ClusterArn))
        {
            return FunctionOutcome.Ignored($"cluster {observed.ClusterName} is not among the stack's clusters", observed.TaskArn);
        }

        using var scope = logger.BeginScope(new KeyValuePair<string, object?>[]
        {
            new("taskArn", observed.TaskArn),
            new("sourceEventId", envelope.Value.Id),
        });
        FunctionLog.TaskEvent(logger, observed.LastStatus, observed.DesiredStatus, observed.Version, observed.LaunchType ?? "unknown");
        var summary = await reconciler.ReconcileAsync([ReconcileTarget.FromEvent(observed)], cancellationToken).ConfigureAwait(false);
        return FunctionOutcome.Reconciled(summary, observed.TaskArn);
    }
}
