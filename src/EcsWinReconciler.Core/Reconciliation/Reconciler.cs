using EcsWinReconciler.Core.Common;
using EcsWinReconciler.Core.Specs;
using Microsoft.Extensions.Logging;

namespace EcsWinReconciler.Core.Reconciliation;

/// <summary>
/// The control loop: resolve → observe → diff → plan → act → report, for tasks named by events or for every
/// task the specs select. Events only say what to look at; every run observes afresh. One task's failure is
/// logged, recorded in the summary and the batch goes on; cancellation propagates.
/// </summary>
public sealed class Reconciler
{
    /// <summary>The sweep over every selection of every spec (the scheduled resync, and an API change that may reach any task).</summary>
    public const string AllSelectionsSweep = "all-selections";

    private readonly ReconcilerPorts _ports;
    private readonly ReconcilerOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly TaskFinisher _finisher;

    public Reconciler(ReconcilerPorts ports, ReconcilerOptions options, TimeProvider time, ILogger<Reconciler> logger)
    {
        _ports = ports;
        _options = options;
        _time = time;
        _logger = logger;
        _finisher = new TaskFinisher(ports, options, time, logger);
    }

    /// <summary>Reconciles the given tasks (from events or a user), in batches per cluster.</summary>
    public async Task<RunSummary> ReconcileAsync(IReadOnlyList<ReconcileTarget> targets, CancellationToken cancellationToken)
    {
        var specs = await _ports.Specs.ListAsync(cancellationToken).ConfigureAwait(false);
        var summary = RunSummary.Empty;
        foreach (var cluster in targets.GroupBy(t => AwsIds(t.Cluster), StringComparer.Ordinal))
        {
            foreach (var batch in cluster.Chunk(_options.BatchSize))
            {
                summary = summary.Merge(await ReconcileBatchAsync(cluster.Key, batch, specs, null, null, cancellationToken).ConfigureAwait(false));
            }
        }

        return summary;
    }

    /// <summary>
    /// Reconciles every running task of the given (cluster, family) selections — family null = the whole cluster —
    /// each task once. Stops cleanly between tasks once <paramref name="stopBy"/> has passed and reports what is left.
    /// </summary>
    public Task<RunSummary> ReconcileSelectionsAsync(IReadOnlyList<(string Cluster, string? Family)> selections, DateTimeOffset? stopBy, CancellationToken cancellationToken) =>
        ReconcileSelectionsAsync(selections, stopBy, null, cancellationToken);

    /// <summary>
    /// As <see cref="ReconcileSelectionsAsync(IReadOnlyList{ValueTuple{string, string}}, DateTimeOffset?, CancellationToken)"/>;
    /// with a <paramref name="sweep"/> name (and a <see cref="ReconcilerPorts.Cursor"/>), the run starts just after the
    /// task where the previous run of that sweep stopped and records its progress after every batch, so consecutive runs
    /// cut short by their deadline still reach every task (<see cref="SweepOrder"/>). A batch that outlasts the deadline
    /// stops between tasks too, after at least one, so even a run with time for a single task makes progress.
    /// </summary>
    public async Task<RunSummary> ReconcileSelectionsAsync(IReadOnlyList<(string Cluster, string? Family)> selections, DateTimeOffset? stopBy, string? sweep, CancellationToken cancellationToken)
    {
        var specs = await _ports.Specs.ListAsync(cancellationToken).ConfigureAwait(false);
        var (targets, unlisted) = await SelectionListing.ListAsync(_ports.Tasks, selections, () => PastDeadline(stopBy), cancellationToken).ConfigureAwait(false);
        var known = targets.Count == 0 ? null : await KnownStatusesAsync(selections, cancellationToken).ConfigureAwait(false);
        var cursor = sweep is null ? null : _ports.Cursor;
        var resumeAfter = cursor is null ? null : await cursor.GetAsync(sweep!, cancellationToken).ConfigureAwait(false);
        var ordered = SweepOrder.Rotate(targets, resumeAfter);
        var summary = RunSummary.Empty;
        var notReached = new List<string>();
        ReconcileTarget? done = null;
        var unsavedBatches = 0;
        foreach (var (cluster, batch) in SweepOrder.Batches(ordered, _options.BatchSize))
        {
            if (notReached.Count > 0 || PastDeadline(stopBy))
            {
                notReached.AddRange(batch.Select(t => t.TaskArn));
                continue;
            }

            var result = await ReconcileBatchAsync(cluster, batch, specs, stopBy, known, cancellationToken).ConfigureAwait(false);
            summary = summary.Merge(result with { Remaining = [] });
            notReached.AddRange(result.Remaining);
            done = batch.TakeWhile(t => !result.Remaining.Contains(t.TaskArn)).LastOrDefault() ?? done;

            // Progress is saved every few batches (a write per batch would cost a call per batch at scale) and when the
            // run stops; a run that dies in between repeats at most those batches next time.
            if (cursor is not null && done is not null && ++unsavedBatches >= _options.CursorSaveInterval)
            {
                await SaveProgressAsync(cursor, sweep!, SweepOrder.Position(done), cancellationToken).ConfigureAwait(false);
                unsavedBatches = 0;
            }
        }

        if (cursor is not null && done is not null && unsavedBatches > 0)
        {
            await SaveProgressAsync(cursor, sweep!, SweepOrder.Position(done), cancellationToken).ConfigureAwait(false);
        }

        var remaining = notReached.Concat(unlisted).ToEquatableArray();
        if (!remaining.IsEmpty)
        {
            ReconcilerLog.StoppedAtDeadline(_logger, remaining.Count);
        }

        // The circle's last task (highest position) was reconciled in this run and nothing went unlisted.
        var end = ordered.Count == 0 ? null : ordered.MaxBy(SweepOrder.Position, StringComparer.Ordinal);
        var circleCompleted = unlisted.Count == 0 && (end is null || !remaining.Contains(end.TaskArn));
        return summary with { Remaining = [.. summary.Remaining, .. remaining], CircleCompleted = circleCompleted };
    }

    /// <summary>
    /// The alert sweep a complete resync runs: first it resolves open alerts no task is listed on any more (every task
    /// that had the finding stopped and no running task rejoined during the resync), then it sends every notification
    /// still owed whose lease ran out (the outbox). Returns what it did.
    /// </summary>
    public async Task<IReadOnlyList<AlertEvent>> SweepAlertsAsync(bool resolveOrphans, CancellationToken cancellationToken)
    {
        var events = new List<AlertEvent>();
        if (resolveOrphans)
        {
            var reporter = new AlertReporter(_ports, _options, _time, _logger);
            foreach (var orphan in (await _ports.Alerts.ListAsync(openOnly: true, cancellationToken).ConfigureAwait(false)).Where(a => a.AffectedTasks.IsEmpty))
            {
                var change = await _ports.Alerts.LeaveAsync(orphan.Key, string.Empty, Alerting.LeaveMode.ResolveAll, _time.GetUtcNow(), _options.NotificationLease, cancellationToken).ConfigureAwait(false);
                events.Add(await reporter.FollowUpAsync(orphan.Key, change, TaskFinisher.NoReminder, cancellationToken).ConfigureAwait(false));
            }
        }

        events.AddRange(await DeliverPendingNotificationsAsync(cancellationToken).ConfigureAwait(false));
        return events;
    }

    /// <summary>
    /// The outbox sweep: sends every notification still owed whose lease ran out (SNS refused it, or the run that owed
    /// it died), for alerts no reconcile touches any more — e.g. the resolve of a task that is gone. Returns what it did.
    /// </summary>
    public async Task<IReadOnlyList<AlertEvent>> DeliverPendingNotificationsAsync(CancellationToken cancellationToken)
    {
        var reporter = new AlertReporter(_ports, _options, _time, _logger);
        var events = new List<AlertEvent>();
        foreach (var pending in await _ports.Alerts.ListPendingNotificationsAsync(cancellationToken).ConfigureAwait(false))
        {
            events.Add(await reporter.FollowUpAsync(pending.Key, new Alerting.AlertChange(Alerting.AlertTransition.Unchanged, pending), TaskFinisher.NoReminder, cancellationToken).ConfigureAwait(false));
        }

        return events;
    }

    /// <summary>Every selection the stored specs make (suspended specs still shadow, but are not listed).</summary>
    public async Task<IReadOnlyList<(string Cluster, string? Family)>> SelectionsOfAllSpecsAsync(CancellationToken cancellationToken)
    {
        var specs = await _ports.Specs.ListAsync(cancellationToken).ConfigureAwait(false);
        return specs.Where(s => !s.Spec.Spec.Suspend)
            .Select(s => (s.Spec.Spec.Selector.Cluster, s.Spec.Spec.Selector.IsClusterDefault ? null : (string?)s.Spec.Spec.Selector.Family))
            .ToList();
    }

    /// <summary>
    /// The stored statuses of the selections' tasks, in one paged query per selection instead of one read per task (a
    /// resync of N tasks would otherwise cost N reads). The listing comes from an index and may lag a write made a moment
    /// ago, as if read a moment earlier; the status write that follows still compares with the table. Null when a
    /// listing fails: then each task's status is read on its own.
    /// </summary>
    private async Task<IReadOnlyDictionary<string, TaskNetworkStatus>?> KnownStatusesAsync(IReadOnlyList<(string Cluster, string? Family)> selections, CancellationToken cancellationToken)
    {
        var known = new Dictionary<string, TaskNetworkStatus>(StringComparer.Ordinal);
        foreach (var (cluster, family) in StatusListings(selections))
        {
            try
            {
                foreach (var status in await _ports.Status.ListAsync(cluster, family, cancellationToken).ConfigureAwait(false))
                {
                    known[status.TaskArn] = status;
                }
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                ReconcilerLog.StatusListingFailed(_logger, cluster, ex);
                return null;
            }
        }

        return known;
    }

    /// <summary>One listing per cluster when a selection takes the whole cluster, else one per family.</summary>
    private static IEnumerable<(string Cluster, string? Family)> StatusListings(IReadOnlyList<(string Cluster, string? Family)> selections) =>
        selections
            .GroupBy(s => AwsIds(s.Cluster), StringComparer.Ordinal)
            .SelectMany(c => c.Any(s => s.Family is null) ? [(c.Key, (string?)null)] : c.Select(s => (c.Key, s.Family)).Distinct());

    /// <summary>
    /// One batch of one cluster. Past <paramref name="stopBy"/> the tasks still to be judged are left (after at least one
    /// judged task, so every run moves on) and reported in <see cref="RunSummary.Remaining"/>. <paramref name="known"/>:
    /// the statuses a resync listed (null: each task's is read).
    /// </summary>
    private async Task<RunSummary> ReconcileBatchAsync(
        string cluster, IReadOnlyList<ReconcileTarget> targets, IReadOnlyList<StoredSpec> specs, DateTimeOffset? stopBy, IReadOnlyDictionary<string, TaskNetworkStatus>? known, CancellationToken cancellationToken)
    {
        var contexts = targets.Select(t => new TaskContext(t)).ToList();
        var stages = new BatchStages(_ports, _logger);
        await stages.ResolveAsync(cluster, contexts, specs, known, cancellationToken).ConfigureAwait(false);
        await stages.PlatformsAsync(cluster, contexts, cancellationToken).ConfigureAwait(false);

        foreach (var context in contexts.Where(c => c.Outcome is null && c.Early is not null))
        {
            await IsolatedAsync(context, () => _finisher.ReportUnjudgedAsync(context, context.Early!, cancellationToken), cancellationToken).ConfigureAwait(false);
        }

        var judged = contexts.Where(c => c.NeedsObservation).ToList();
        if (judged.Count > 0)
        {
            BatchObservation? observation = null;
            try
            {
                observation = await BatchObservation.GatherAsync(_ports.Network, judged, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                ReconcilerLog.BatchFailed(_logger, judged.Count, cluster, ex);
                judged.ForEach(c => c.Outcome = TaskOutcome.Failed(c.Target.TaskArn, c.Spec?.Name, $"observing the network failed: {ex.Message}"));
            }

            var first = true;
            foreach (var context in judged.Where(c => c.Outcome is null))
            {
                if (!first && PastDeadline(stopBy))
                {
                    break;
                }

                first = false;
                await IsolatedAsync(context, () => _finisher.JudgeAsync(context, observation!.For(context), cancellationToken), cancellationToken).ConfigureAwait(false);
            }
        }

        return new RunSummary(
            contexts.Where(c => c.Outcome is not null).Select(c => c.Outcome!).ToEquatableArray(),
            contexts.Where(c => c.Outcome is null).Select(c => c.Target.TaskArn).ToEquatableArray());
    }

    private async Task IsolatedAsync(TaskContext context, Func<Task<TaskOutcome>> work, CancellationToken cancellationToken)
    {
        using var scope = _logger.BeginScope(LogScope(context));
        try
        {
            context.Outcome = await work().ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            ReconcilerLog.TaskFailed(_logger, Networking.AwsIds.TaskId(context.Target.TaskArn), ex);
            context.Outcome = TaskOutcome.Failed(context.Target.TaskArn, context.Spec?.Name, ex.Message);
        }
    }

    internal static Dictionary<string, object> LogScope(TaskContext context) => new(StringComparer.Ordinal)
    {
        ["cluster"] = AwsIds(context.Target.Cluster),
        ["family"] = context.Task?.Family ?? "?",
        ["taskId"] = Networking.AwsIds.TaskId(context.Target.TaskArn),
        ["spec"] = context.Spec?.Name ?? "-",
        ["generation"] = context.Spec?.Generation ?? 0,
    };

    private bool PastDeadline(DateTimeOffset? stopBy) => stopBy is { } deadline && _time.GetUtcNow() >= deadline;

    /// <summary>Progress that cannot be recorded costs the next run a repeat, never a task: log it and go on.</summary>
    private async Task SaveProgressAsync(Ports.IResyncCursor cursor, string sweep, string position, CancellationToken cancellationToken)
    {
        try
        {
            await cursor.SaveAsync(sweep, position, _time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        }
        catch (Ports.AdapterException ex) when (!cancellationToken.IsCancellationRequested)
        {
            ReconcilerLog.SweepProgressNotSaved(_logger, sweep, ex);
        }
    }

    private static string AwsIds(string cluster) => Networking.AwsIds.ClusterName(cluster);
}
