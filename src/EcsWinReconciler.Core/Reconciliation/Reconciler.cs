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
                summary = summary.Merge(await ReconcileBatchAsync(cluster.Key, batch, specs, cancellationToken).ConfigureAwait(false));
            }
        }

        return summary;
    }

    /// <summary>
    /// Reconciles every running task of the given (cluster, family) selections — family null = the whole cluster —
    /// each task once. Stops cleanly between batches once <paramref name="stopBy"/> has passed and reports what is left.
    /// </summary>
    public async Task<RunSummary> ReconcileSelectionsAsync(IReadOnlyList<(string Cluster, string? Family)> selections, DateTimeOffset? stopBy, CancellationToken cancellationToken)
    {
        var specs = await _ports.Specs.ListAsync(cancellationToken).ConfigureAwait(false);
        var summary = RunSummary.Empty;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new List<ReconcileTarget>();
        var unlisted = new List<string>();
        foreach (var (cluster, family) in Normalise(selections))
        {
            if (PastDeadline(stopBy))
            {
                unlisted.Add($"{cluster}/{family ?? TaskSelector.AnyFamily} (not listed)");
                continue;
            }

            var known = await KnownStatusesAsync(cluster, family, cancellationToken).ConfigureAwait(false);
            await foreach (var page in _ports.Tasks.ListRunningTaskArnsAsync(cluster, family, cancellationToken).ConfigureAwait(false))
            {
                pending.AddRange(page.Where(seen.Add).Select(arn => ReconcileTarget.Lookup(cluster, arn)));
                while (pending.Count >= _options.BatchSize && !PastDeadline(stopBy))
                {
                    var batch = pending.Take(_options.BatchSize).ToList();
                    pending.RemoveRange(0, batch.Count);
                    summary = summary.Merge(await ReconcileBatchAsync(cluster, batch, specs, known, cancellationToken).ConfigureAwait(false));
                }
            }

            foreach (var batch in pending.Chunk(_options.BatchSize).ToList())
            {
                if (PastDeadline(stopBy))
                {
                    break;
                }

                summary = summary.Merge(await ReconcileBatchAsync(cluster, batch, specs, known, cancellationToken).ConfigureAwait(false));
                pending.RemoveRange(0, batch.Length);
            }
        }

        var remaining = pending.Select(p => p.TaskArn).Concat(unlisted).ToEquatableArray();
        if (!remaining.IsEmpty)
        {
            ReconcilerLog.StoppedAtDeadline(_logger, remaining.Count);
        }

        return summary with { Remaining = [.. summary.Remaining, .. remaining] };
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
    /// The stored statuses of a selection, in one paged query instead of one read per task (a resync of N tasks would
    /// otherwise cost N reads). The listing comes from an index and may lag a write made a moment ago, as if read a
    /// moment earlier; the status write that follows still compares with the table. Null when it fails: then each
    /// task's status is read on its own.
    /// </summary>
    private async Task<IReadOnlyDictionary<string, TaskNetworkStatus>?> KnownStatusesAsync(string cluster, string? family, CancellationToken cancellationToken)
    {
        try
        {
            var statuses = await _ports.Status.ListAsync(cluster, family, cancellationToken).ConfigureAwait(false);
            var known = new Dictionary<string, TaskNetworkStatus>(statuses.Count, StringComparer.Ordinal);
            foreach (var status in statuses)
            {
                known[status.TaskArn] = status;
            }

            return known;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            ReconcilerLog.StatusListingFailed(_logger, cluster, ex);
            return null;
        }
    }

    private async Task<RunSummary> ReconcileBatchAsync(string cluster, IReadOnlyList<ReconcileTarget> targets, IReadOnlyList<StoredSpec> specs, CancellationToken cancellationToken) =>
        await ReconcileBatchAsync(cluster, targets, specs, null, cancellationToken).ConfigureAwait(false);

    private async Task<RunSummary> ReconcileBatchAsync(
        string cluster, IReadOnlyList<ReconcileTarget> targets, IReadOnlyList<StoredSpec> specs, IReadOnlyDictionary<string, TaskNetworkStatus>? known, CancellationToken cancellationToken)
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

            foreach (var context in judged.Where(c => c.Outcome is null))
            {
                await IsolatedAsync(context, () => _finisher.JudgeAsync(context, observation!.For(context), cancellationToken), cancellationToken).ConfigureAwait(false);
            }
        }

        return new RunSummary(contexts.Select(c => c.Outcome!).ToEquatableArray(), []);
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

    private static IEnumerable<(string Cluster, string? Family)> Normalise(IReadOnlyList<(string Cluster, string? Family)> selections)
    {
        // A cluster-wide selection covers every family of that cluster: list it once, not per family.
        var wholeClusters = selections.Where(s => s.Family is null).Select(s => AwsIds(s.Cluster)).ToHashSet(StringComparer.Ordinal);
        return selections
            .Select(s => (Cluster: AwsIds(s.Cluster), s.Family))
            .Where(s => s.Family is null || !wholeClusters.Contains(s.Cluster))
            .Distinct()
            .OrderBy(s => s.Cluster, StringComparer.Ordinal)
            .ThenBy(s => s.Family, StringComparer.Ordinal);
    }

    private static string AwsIds(string cluster) => Networking.AwsIds.ClusterName(cluster);
}
