using Microsoft.Extensions.Logging;

namespace EcsWinReconciler.Core.Reconciliation;

/// <summary>
/// The control loop: resolve → observe → diff → plan → act → report, for tasks named by events or for every task the
/// specs select (<see cref="BatchPipeline"/>, <see cref="SelectionSweep"/>), and the alert sweep a resync ends with
/// (<see cref="AlertSweeper"/>). Events only say what to look at; every run observes afresh. One task's failure is logged,
/// recorded in the summary and the batch goes on; cancellation propagates.
/// </summary>
public sealed class Reconciler
{
    /// <summary>The sweep over every selection of every spec (the scheduled resync, and an API change that may reach any task).</summary>
    public const string AllSelectionsSweep = "all-selections";

    private readonly ReconcilerPorts _ports;
    private readonly ReconcilerOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly BatchPipeline _pipeline;
    private readonly AlertSweeper _sweeper;
    private readonly RecheckScheduler _rechecks;

    public Reconciler(ReconcilerPorts ports, ReconcilerOptions options, TimeProvider time, ILogger<Reconciler> logger)
    {
        _ports = ports;
        _options = options;
        _time = time;
        _logger = logger;
        _pipeline = new BatchPipeline(ports, options, time, logger);
        _sweeper = new AlertSweeper(_pipeline, ports.Alerts, options);
        _rechecks = new RecheckScheduler(ports.Rechecks, time, logger);
    }

    /// <summary>The ports this reconciler works on (a function asks its network observer before a run; a hub has one set per place).</summary>
    public ReconcilerPorts Ports => _ports;

    /// <summary>Reconciles the given tasks (from events or a user), in batches per cluster.</summary>
    public async Task<RunSummary> ReconcileAsync(IReadOnlyList<ReconcileTarget> targets, CancellationToken cancellationToken)
    {
        var specs = await _ports.Specs.ListAsync(cancellationToken).ConfigureAwait(false);
        var memory = new RunMemory();
        var summary = RunSummary.Empty with { ReadOnly = _options.ReadOnly };
        foreach (var cluster in targets.GroupBy(t => Networking.AwsIds.ClusterName(t.Cluster), StringComparer.Ordinal))
        {
            foreach (var batch in cluster.Chunk(_options.BatchSize))
            {
                summary = summary.Merge(await _pipeline.RunAsync(cluster.Key, batch, specs, null, null, memory, cancellationToken).ConfigureAwait(false));
            }
        }

        return await _rechecks.ScheduleAsync(summary, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// A delayed re-check come due: dropped when a newer look already settled its root (<see cref="RecheckPolicy.WhySettled"/>),
    /// else the task is described afresh and reconciled, and that look may ask for the next re-check of the chain. The root's
    /// pending marker is released first either way, so the chain can go on.
    /// </summary>
    public async Task<RecheckResult> RecheckAsync(RecheckRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await _rechecks.ReleaseAsync(request, cancellationToken).ConfigureAwait(false);
        var stored = await _ports.Status.GetAsync(request.TaskArn, cancellationToken).ConfigureAwait(false);
        if (RecheckPolicy.WhySettled(request, stored) is { } why)
        {
            ReconcilerLog.RecheckDropped(_logger, request.Attempt, request.Root, why);
            return RecheckResult.Drop(why);
        }

        return RecheckResult.Ran(await ReconcileAsync([ReconcileTarget.Recheck(request)], cancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// Reconciles every running task of the selections — and every task a stored status says runs that is no longer listed —
    /// each once. Stops cleanly between batches once <paramref name="stopBy"/> has passed and reports what is left.
    /// </summary>
    public Task<RunSummary> ReconcileSelectionsAsync(IReadOnlyList<Selection> selections, DateTimeOffset? stopBy, CancellationToken cancellationToken) =>
        ReconcileSelectionsAsync(selections, stopBy, null, cancellationToken);

    /// <summary>
    /// As <see cref="ReconcileSelectionsAsync(IReadOnlyList{Selection}, DateTimeOffset?, CancellationToken)"/>; with a
    /// <paramref name="sweep"/> name (and a <see cref="ReconcilerPorts.Cursor"/>), the run starts just after the task where
    /// the previous run of that sweep stopped and records its progress, so consecutive runs cut short by their deadline still
    /// reach every task (<see cref="SweepOrder"/>).
    /// </summary>
    public async Task<RunSummary> ReconcileSelectionsAsync(IReadOnlyList<Selection> selections, DateTimeOffset? stopBy, string? sweep, CancellationToken cancellationToken)
    {
        var (summary, _, _) = await SweepAsync(selections, stopBy, sweep, cancellationToken).ConfigureAwait(false);
        return await _rechecks.ScheduleAsync(summary, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The scheduled resync: the sweep, then the alert sweep. Alerts that no task shows any more are resolved only after a
    /// pass that completed the sweep's circle with every selection listed and no task failed; the outbox is always emptied.
    /// </summary>
    public async Task<RunSummary> ResyncAsync(IReadOnlyList<Selection> selections, DateTimeOffset? stopBy, CancellationToken cancellationToken)
    {
        var (summary, listed, memory) = await SweepAsync(selections, stopBy, AllSelectionsSweep, cancellationToken).ConfigureAwait(false);
        var complete = (summary.Remaining.IsEmpty || summary.CircleCompleted) && !memory.HadFailures;
        var specs = await _ports.Specs.ListAsync(cancellationToken).ConfigureAwait(false);
        summary = await _rechecks.ScheduleAsync(summary, cancellationToken).ConfigureAwait(false);
        return summary.Merge(await _sweeper.SweepAsync(specs, complete ? listed : null, memory, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// The alert sweep on its own (no pass before it): with <paramref name="resolveOrphans"/>, resolves open alerts no task is
    /// listed on and alerts of the earlier key scheme; then sends every notification still owed. Returns what it did.
    /// </summary>
    public async Task<IReadOnlyList<AlertEvent>> SweepAlertsAsync(bool resolveOrphans, CancellationToken cancellationToken)
    {
        var memory = new RunMemory();
        var specs = await _ports.Specs.ListAsync(cancellationToken).ConfigureAwait(false);
        var listed = resolveOrphans ? new HashSet<string>(StringComparer.Ordinal) : null;
        return [.. (await _sweeper.SweepAsync(specs, listed, memory, cancellationToken).ConfigureAwait(false)).AlertEvents];
    }

    /// <summary>The outbox sweep: sends every notification still owed whose lease ran out. Returns what it did.</summary>
    public async Task<IReadOnlyList<AlertEvent>> DeliverPendingNotificationsAsync(CancellationToken cancellationToken) =>
        await _sweeper.DeliverPendingAsync(new RunMemory(), cancellationToken).ConfigureAwait(false);

    /// <summary>One task, resolved, observed and judged, with every path the path checks trace; nothing is written or sent.</summary>
    public async Task<TaskExplanation> ExplainAsync(ReconcileTarget target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        var specs = await _ports.Specs.ListAsync(cancellationToken).ConfigureAwait(false);
        return await _pipeline.ExplainAsync(Networking.AwsIds.ClusterName(target.Cluster), target, specs, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every selection the stored specs make (suspended specs still shadow, but are not listed).</summary>
    public async Task<IReadOnlyList<Selection>> SelectionsOfAllSpecsAsync(CancellationToken cancellationToken)
    {
        var specs = await _ports.Specs.ListAsync(cancellationToken).ConfigureAwait(false);
        return specs.Where(s => !s.Spec.Spec.Suspend).Select(s => Selection.Of(s.Spec.Spec.Selector)).ToList();
    }

    private async Task<(RunSummary Summary, HashSet<string> Listed, RunMemory Memory)> SweepAsync(
        IReadOnlyList<Selection> selections, DateTimeOffset? stopBy, string? sweep, CancellationToken cancellationToken)
    {
        var specs = await _ports.Specs.ListAsync(cancellationToken).ConfigureAwait(false);
        var memory = new RunMemory { Sweep = true };
        await _sweeper.KnowOpenAlertsAsync(memory, cancellationToken).ConfigureAwait(false);
        var run = new SelectionSweep(_pipeline, _ports.Tasks, _ports.Status, _ports.Cursor, _options, _time, _logger);
        var (summary, listed) = await run.RunAsync(specs, selections, stopBy, sweep, memory, cancellationToken).ConfigureAwait(false);
        return (summary with { ReadOnly = _options.ReadOnly }, listed, memory);
    }
}
