using EcsWinReconciler.Core.Common;
using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.Core.Specs;
using Microsoft.Extensions.Logging;

namespace EcsWinReconciler.Core.Reconciliation;

/// <summary>
/// A reconcile of every running task some selections name, in batches: listed by ListTasks, plus every task whose stored
/// status says it still runs but which is no longer listed (a STOPPED event lost, a StopTask of ours): those are looked up,
/// so a stopped task is closed even when nobody told us. With a sweep name and a cursor, each run continues where the
/// previous run of that sweep stopped (<see cref="SweepOrder"/>).
/// </summary>
internal sealed class SelectionSweep(BatchPipeline pipeline, ITaskSource tasks, IStatusStore statuses, IResyncCursor? cursor, ReconcilerOptions options, TimeProvider time, ILogger logger)
{
    public async Task<(RunSummary Summary, HashSet<string> Listed)> RunAsync(
        IReadOnlyList<StoredSpec> specs, IReadOnlyList<Selection> selections, DateTimeOffset? stopBy, string? sweep, RunMemory memory, CancellationToken cancellationToken)
    {
        var (listed, unlisted, failures) = await SelectionListing.ListAsync(tasks, selections, () => PastDeadline(stopBy), logger, cancellationToken).ConfigureAwait(false);
        var listedArns = listed.Select(t => t.TaskArn).ToHashSet(StringComparer.Ordinal);
        var known = selections.Count == 0 ? null : await KnownStatusesAsync(selections, cancellationToken).ConfigureAwait(false);
        var judgedListed = FromStoredFacts(listed, known);
        var targets = unlisted.Count == 0 && known is not null ? [.. judgedListed, .. NoLongerListed(known, listedArns)] : judgedListed;
        var sweepCursor = sweep is null ? null : cursor;
        var resumeAfter = sweepCursor is null ? null : await sweepCursor.GetAsync(sweep!, cancellationToken).ConfigureAwait(false);
        var ordered = SweepOrder.Rotate(targets, resumeAfter);

        var summary = RunSummary.Empty;
        var notReached = new List<string>();
        ReconcileTarget? done = null;
        var unsavedBatches = 0;
        foreach (var (cluster, batch) in SweepOrder.Batches(ordered, options.BatchSize))
        {
            if (notReached.Count > 0 || PastDeadline(stopBy))
            {
                notReached.AddRange(batch.Select(t => t.TaskArn));
                continue;
            }

            var result = await pipeline.RunAsync(cluster, batch, specs, stopBy, known, memory, cancellationToken).ConfigureAwait(false);
            Release(known, batch);
            summary = summary.Merge(result with { Remaining = [] });
            notReached.AddRange(result.Remaining);
            done = batch.TakeWhile(t => !result.Remaining.Contains(t.TaskArn)).LastOrDefault() ?? done;

            // Progress is saved every few batches (a write per batch would cost a call per batch at scale) and when the
            // run stops; a run that dies in between repeats at most those batches next time.
            if (sweepCursor is not null && done is not null && ++unsavedBatches >= options.CursorSaveInterval)
            {
                await SaveProgressAsync(sweepCursor, sweep!, SweepOrder.Position(done), cancellationToken).ConfigureAwait(false);
                unsavedBatches = 0;
            }
        }

        if (sweepCursor is not null && done is not null && unsavedBatches > 0)
        {
            await SaveProgressAsync(sweepCursor, sweep!, SweepOrder.Position(done), cancellationToken).ConfigureAwait(false);
        }

        var remaining = notReached.Concat(unlisted).ToEquatableArray();
        if (!remaining.IsEmpty)
        {
            ReconcilerLog.StoppedAtDeadline(logger, remaining.Count);
        }

        // The circle's last task (highest position) was reconciled in this run and nothing went unlisted.
        var end = ordered.Count == 0 ? null : ordered.MaxBy(SweepOrder.Position, StringComparer.Ordinal);
        var circleCompleted = unlisted.Count == 0 && (end is null || !remaining.Contains(end.TaskArn));
        return (summary with { Remaining = [.. summary.Remaining, .. remaining], CircleCompleted = circleCompleted, ListingFailures = [.. failures] }, listedArns);
    }

    /// <summary>
    /// Listed tasks whose stored facts may be trusted are judged from them, without DescribeTasks (<see cref="StoredFactsTrust"/>:
    /// their ENI must still bear the facts out); new tasks, tasks without usable facts and tasks whose turn to be confirmed by
    /// ECS has come are looked up.
    /// </summary>
    private List<ReconcileTarget> FromStoredFacts(List<ReconcileTarget> listed, Dictionary<string, TaskNetworkStatus>? known)
    {
        if (known is null)
        {
            return listed;
        }

        var now = time.GetUtcNow();
        return [.. listed.Select(t => StoredFactsTrust.Trusted(known.GetValueOrDefault(t.TaskArn), now, options) ? ReconcileTarget.Remembered(t.Cluster, t.TaskArn) : t)];
    }

    /// <summary>
    /// A batch's stored statuses are not needed once it is done (each task is reconciled once per run): dropped, so a sweep
    /// of a large fleet does not hold every status to the end.
    /// </summary>
    private static void Release(Dictionary<string, TaskNetworkStatus>? known, IReadOnlyList<ReconcileTarget> batch)
    {
        foreach (var target in batch)
        {
            known?.Remove(target.TaskArn);
        }
    }

    /// <summary>Tasks a status says still run (or were not seen stop) that ECS no longer lists as running: to be looked up.</summary>
    private static List<ReconcileTarget> NoLongerListed(Dictionary<string, TaskNetworkStatus> known, HashSet<string> listed) =>
        [.. known.Values
            .Where(s => s.Judgement != JudgementKind.Stopped && !listed.Contains(s.TaskArn))
            .Select(s => ReconcileTarget.Lookup(Networking.AwsIds.ClusterName(s.ClusterArn), s.TaskArn))];

    /// <summary>
    /// The stored statuses of the selections' tasks, in one paged query per selection instead of one read per task (a
    /// resync of N tasks would otherwise cost N reads). The listing comes from an index and may lag a write made a moment
    /// ago, as if read a moment earlier; the status write that follows still compares with the table. Null when a
    /// listing fails: then each task's status is read on its own, and no task is taken for unlisted.
    /// </summary>
    private async Task<Dictionary<string, TaskNetworkStatus>?> KnownStatusesAsync(IReadOnlyList<Selection> selections, CancellationToken cancellationToken)
    {
        var known = new Dictionary<string, TaskNetworkStatus>(StringComparer.Ordinal);
        foreach (var selection in StatusListings(selections))
        {
            try
            {
                foreach (var status in await statuses.ListAsync(selection.Cluster, selection.Family, cancellationToken).ConfigureAwait(false))
                {
                    known[status.TaskArn] = status;
                }
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                ReconcilerLog.StatusListingFailed(logger, selection.Cluster, ex);
                return null;
            }
        }

        return known;
    }

    /// <summary>One listing per cluster when a selection takes the whole cluster, else one per family.</summary>
    private static IEnumerable<Selection> StatusListings(IReadOnlyList<Selection> selections) =>
        selections
            .GroupBy(s => s.ClusterName, StringComparer.Ordinal)
            .SelectMany(c => c.Any(s => s.Family is null) ? [new Selection(c.Key, null)] : c.Select(s => new Selection(c.Key, s.Family)).Distinct());

    private bool PastDeadline(DateTimeOffset? stopBy) => stopBy is { } deadline && time.GetUtcNow() >= deadline;

    /// <summary>Progress that cannot be recorded costs the next run a repeat, never a task: log it and go on.</summary>
    private async Task SaveProgressAsync(IResyncCursor sweepCursor, string sweep, string position, CancellationToken cancellationToken)
    {
        try
        {
            await sweepCursor.SaveAsync(sweep, position, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        }
        catch (AdapterException ex) when (!cancellationToken.IsCancellationRequested)
        {
            ReconcilerLog.SweepProgressNotSaved(logger, sweep, ex);
        }
    }
}
