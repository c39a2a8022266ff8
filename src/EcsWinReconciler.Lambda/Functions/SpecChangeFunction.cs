using EcsWinReconciler.Aws.Composition;
using EcsWinReconciler.Core.Reconciliation;
using EcsWinReconciler.Lambda.Composition;
using EcsWinReconciler.Lambda.Events;
using EcsWinReconciler.Lambda.Mapping;
using Microsoft.Extensions.Logging;

namespace EcsWinReconciler.Lambda.Functions;

/// <summary>
/// spec-change: a Specs-table stream batch. The tasks the old selector picked and those the new one picks are
/// reconciled (a selector change moves tasks between specs; a REMOVE leaves its tasks with no spec, so their alerts
/// close). The selector comes from each image's stored document; when an image cannot say, every selection of the
/// remaining specs is reconciled instead (safe, only slower).
/// </summary>
internal sealed class SpecChangeFunction(Reconciler reconciler, DeploymentSettings deployment, ILogger logger, ICacheInvalidation? caches = null) : ILambdaFunction
{
    public async Task<FunctionOutcome> HandleAsync(ReadOnlyMemory<byte> body, InvocationContext context, CancellationToken cancellationToken)
    {
        var stream = EventJson.Read(body, EventJsonContext.Default.DynamoDbStreamEvent, "DynamoDB stream event");
        if (!stream.IsOk)
        {
            return FunctionOutcome.Rejected(stream.Problem);
        }

        var parsed = SpecStreamMapping.ToSpecChanges(stream.Value);
        if (!parsed.IsOk)
        {
            return FunctionOutcome.Rejected(parsed.Problem);
        }

        var batch = parsed.Value;
        if (!batch.Problems.IsEmpty)
        {
            FunctionLog.RecordsRejected(logger, batch.Problems.Count, string.Join("; ", batch.Problems.Take(5)));
        }

        if (batch.Changes.IsEmpty)
        {
            return FunctionOutcome.Rejected(string.Join("; ", batch.Problems.Take(5)), batch.Problems.Count);
        }

        // The specs just changed: a list kept from an earlier invocation predates this change.
        caches?.ForgetSpecs();
        var selections = await SelectionsAsync(batch, cancellationToken).ConfigureAwait(false);
        var summary = await StackSelections.ReconcileAsync(reconciler, selections, context.StopBy, null, logger, cancellationToken).ConfigureAwait(false);
        var subject = string.Join(",", batch.Changes.Select(c => c.Name).Distinct(StringComparer.Ordinal));
        return FunctionOutcome.Reconciled(summary, subject, batch.Problems.Count);
    }

    private async Task<IReadOnlyList<Selection>> SelectionsAsync(SpecChangeBatch batch, CancellationToken cancellationToken)
    {
        foreach (var change in batch.Changes)
        {
            FunctionLog.SpecChanged(logger, change.Name, change.EventName, change.OldSelector?.ToString() ?? "-", change.NewSelector?.ToString() ?? "-");
            if (change.Unreadable)
            {
                FunctionLog.SpecImageUnreadable(logger, change.Name);
            }
        }

        var selections = batch.Changes.SelectMany(c => c.Selectors).Select(Selection.Of).ToList();
        if (batch.Changes.Any(c => c.Unreadable))
        {
            selections.AddRange(await reconciler.SelectionsOfAllSpecsAsync(cancellationToken).ConfigureAwait(false));
        }

        return StackSelections.Within(selections, deployment, logger);
    }
}
