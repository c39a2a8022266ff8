using EcsWinReconciler.Aws.Composition;
using EcsWinReconciler.Core.Common;
using EcsWinReconciler.Core.Reconciliation;
using EcsWinReconciler.Core.Specs;
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
internal sealed class SpecChangeFunction(PlaceReconcilers places, DeploymentSettings deployment, ILogger logger, ICacheInvalidation? caches = null) : ILambdaFunction
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
        LogChanges(batch);
        var summary = RunSummary.Empty;
        var failed = new List<string>();
        foreach (var (place, selectors, everySelection) in await PlacesAsync(batch, cancellationToken).ConfigureAwait(false))
        {
            // A spec moved away from a place still has tasks and alerts there to settle, so a place is reconciled even if no spec selects it now.
            if (!places.TryFor(place, out var reconciler, out var problem))
            {
                FunctionLog.PlaceFailed(logger, place!.Account, place.Region, problem!, null);
                failed.Add(problem!);
                continue;
            }

            var selections = selectors.Select(Selection.Of).ToList();
            if (everySelection)
            {
                selections.AddRange(await reconciler.SelectionsOfAllSpecsAsync(cancellationToken).ConfigureAwait(false));
            }

            var kept = place is null || place == places.HomePlace ? StackSelections.Within(selections, deployment, logger) : [.. selections.Distinct()];
            summary = summary.Merge(await StackSelections.ReconcileAsync(reconciler, kept, context.StopBy, null, logger, cancellationToken).ConfigureAwait(false));
        }

        var subject = string.Join(",", batch.Changes.Select(c => c.Name).Distinct(StringComparer.Ordinal));
        return FunctionOutcome.Reconciled(summary, subject, batch.Problems.Count) with { FailedPlaces = failed };
    }

    /// <summary>
    /// The places the changed selectors are in (the hub's own where they name none), each with its selectors; with an unreadable
    /// image, every place with all its selections (which one it was in cannot be known).
    /// </summary>
    private async Task<IReadOnlyList<(AccountRegion? Place, IReadOnlyList<TaskSelector> Selectors, bool EverySelection)>> PlacesAsync(
        SpecChangeBatch batch, CancellationToken cancellationToken)
    {
        var home = places.HomePlace;
        var byPlace = batch.Changes.SelectMany(c => c.Selectors)
            .GroupBy(s => home is null ? null : s.PlaceIn(home))
            .ToDictionary(g => g.Key ?? NoPlace, g => (IReadOnlyList<TaskSelector>)[.. g]);
        if (batch.Changes.Any(c => c.Unreadable))
        {
            foreach (var (member, _) in await places.AllAsync(cancellationToken).ConfigureAwait(false))
            {
                byPlace.TryAdd(member ?? home ?? NoPlace, []);
            }

            return [.. byPlace.Select(p => (Real(p.Key), p.Value, true))];
        }

        return [.. byPlace.Select(p => (Real(p.Key), p.Value, false))];
    }

    // A single-account stack has no place to group by: its selectors all go to the one reconciler.
    private static readonly AccountRegion NoPlace = new(string.Empty, "-");

    private static AccountRegion? Real(AccountRegion place) => place == NoPlace ? null : place;

    private void LogChanges(SpecChangeBatch batch)
    {
        foreach (var change in batch.Changes)
        {
            FunctionLog.SpecChanged(logger, change.Name, change.EventName, change.OldSelector?.ToString() ?? "-", change.NewSelector?.ToString() ?? "-");
            if (change.Unreadable)
            {
                FunctionLog.SpecImageUnreadable(logger, change.Name);
            }
        }
    }
}
