using EcsWinReconciler.Core.Common;
using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Planning;
using EcsWinReconciler.Core.Specs;
using Microsoft.Extensions.Logging;

namespace EcsWinReconciler.Core.Reconciliation;

/// <summary>
/// One batch of one cluster through the six stages: resolve (tasks, statuses, specs) → observe (the batch's network in as
/// few calls as the APIs allow, then what only some findings need) → diff (pure checks) → plan (per task, merged over the
/// batch: one action per change, the budget read once) → act (each action once per run) → report (each finding's decision,
/// one alert write per root cause, each task's status). Root causes are shared by many tasks, so everything after the diff
/// works on the batch, not the task.
/// </summary>
internal sealed class BatchPipeline
{
    private readonly ReconcilerOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly ReconcilerPorts _ports;
    private readonly TaskResolver _resolver;
    private readonly PlatformReader _platforms;
    private readonly SharedReads _shared;
    private readonly ActionRunner _actions;
    private readonly AlertReporter _alerts;
    private readonly StatusWriter _statuses;
    private readonly RecheckSteps _rechecks;

    public BatchPipeline(ReconcilerPorts ports, ReconcilerOptions options, TimeProvider time, ILogger logger)
    {
        _ports = ports;
        _options = options;
        _time = time;
        _logger = logger;
        _resolver = new TaskResolver(ports.Tasks, ports.Status, logger);
        _platforms = new PlatformReader(ports.Tasks, logger);
        _shared = new SharedReads(ports.Tasks, ports.Network, logger);
        _actions = new ActionRunner(ports.Actuator, ports.Ledger, ports.Budget, options, time, logger);
        _alerts = new AlertReporter(ports.Alerts, ports.AlertSink, options, time, logger);
        _statuses = new StatusWriter(ports.Status, options, time);
        _rechecks = new RecheckSteps(ports.Rechecks is not null && !options.ReadOnly, logger);
    }

    public AlertReporter Alerts => _alerts;

    /// <summary>
    /// Past <paramref name="stopBy"/> the judged tasks after the first are left unjudged (so every run moves on) and reported
    /// in <see cref="RunSummary.Remaining"/>. <paramref name="known"/>: the statuses a sweep listed (null: each task's is read).
    /// </summary>
    public async Task<RunSummary> RunAsync(
        string cluster, IReadOnlyList<ReconcileTarget> targets, IReadOnlyList<StoredSpec> specs, DateTimeOffset? stopBy,
        IReadOnlyDictionary<string, TaskNetworkStatus>? known, RunMemory memory, CancellationToken cancellationToken)
    {
        var contexts = targets.Where(t => memory.TasksHandled.Add(t.TaskArn)).Select(t => new TaskContext(t)).ToList();
        await _resolver.ResolveAsync(cluster, contexts, specs, known, cancellationToken).ConfigureAwait(false);
        await _platforms.ReadAsync(cluster, contexts, cancellationToken).ConfigureAwait(false);

        var judged = contexts.Where(c => c.NeedsObservation).ToList();
        var observedAt = _time.GetUtcNow();
        var remaining = await ObserveAndJudgeAsync(cluster, judged, stopBy, memory, cancellationToken).ConfigureAwait(false);
        var redescribe = contexts.Where(c => c.FactsContradicted).ToList();
        var batch = contexts.Where(c => !remaining.Contains(c) && !c.FactsContradicted).ToList();
        remaining.Concat(redescribe).ToList().ForEach(c => memory.TasksHandled.Remove(c.Target.TaskArn));

        var actions = await PlanAndActAsync(batch, memory, observedAt, cancellationToken).ConfigureAwait(false);
        var activeSpecs = specs.Where(s => !s.Spec.Spec.Suspend).Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        var events = await ReportAlertsAsync(batch, activeSpecs, memory, cancellationToken).ConfigureAwait(false);
        var outcomes = new List<TaskOutcome>();
        foreach (var context in batch)
        {
            outcomes.Add(context.Finished ?? await FinishAsync(context, memory, observedAt, cancellationToken).ConfigureAwait(false));
        }

        memory.HadFailures |= outcomes.Any(o => o.Error is not null);
        var summary = new RunSummary(outcomes.ToEquatableArray(), remaining.Select(c => c.Target.TaskArn).ToEquatableArray())
        {
            Actions = actions.ToEquatableArray(),
            AlertEvents = events.ToEquatableArray(),
            ReadOnly = _options.ReadOnly,
        };

        // Tasks whose stored facts their ENI contradicted go through the stages again, described by ECS this time (a lookup
        // never comes from stored facts, so this recurses once at most).
        return redescribe.Count == 0
            ? summary
            : summary.Merge(await RunAsync(cluster, [.. redescribe.Select(c => ReconcileTarget.Lookup(c.Target.Cluster, c.Target.TaskArn))], specs, stopBy, known, memory, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// Resolves, observes and judges one task and stops there: nothing is planned, acted on, alerted or written
    /// (<c>ewr explain</c>). Every read a run makes for the task is made, so what it shows is what a run would judge.
    /// </summary>
    public async Task<TaskExplanation> ExplainAsync(string cluster, ReconcileTarget target, IReadOnlyList<StoredSpec> specs, CancellationToken cancellationToken)
    {
        var context = new TaskContext(target);
        List<TaskContext> contexts = [context];
        await _resolver.ResolveAsync(cluster, contexts, specs, null, cancellationToken).ConfigureAwait(false);
        await _platforms.ReadAsync(cluster, contexts, cancellationToken).ConfigureAwait(false);
        if (context.NeedsObservation)
        {
            await ObserveAndJudgeAsync(cluster, contexts, null, new RunMemory(), cancellationToken).ConfigureAwait(false);
        }

        return TaskExplanation.Of(context, _time.GetUtcNow());
    }

    /// <summary>Observes and judges the batch; returns the judged tasks left for later because the deadline passed.</summary>
    private async Task<List<TaskContext>> ObserveAndJudgeAsync(string cluster, List<TaskContext> judged, DateTimeOffset? stopBy, RunMemory memory, CancellationToken cancellationToken)
    {
        if (judged.Count == 0)
        {
            return [];
        }

        BatchObservation observation;
        try
        {
            observation = await BatchObservation.GatherAsync(_ports.Network, _ports.Resolver, judged, memory, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            ReconcilerLog.BatchFailed(_logger, judged.Count, cluster, ex);
            judged.ForEach(c => c.Fail($"observing the network failed: {ex.Message}"));
            return [];
        }

        judged = SetAsideContradicted(judged, observation);

        // Past the deadline the batch still finishes its first task, so even a run with time for one task makes progress.
        var remaining = stopBy is { } deadline && _time.GetUtcNow() >= deadline ? judged.Skip(1).ToList() : [];
        var kept = judged.Except(remaining).ToList();
        var context = new DriftContext(_time.GetUtcNow(), _options.RolloutStuckAfter);
        foreach (var task in kept)
        {
            TaskGuard.Run(task, _logger, () =>
            {
                task.Observation = observation.For(task);
                task.Judgement = DriftEvaluator.Evaluate(task.Spec!.Spec, task.Observation, context);
            });
        }

        var enriching = kept.Where(c => c.Finished is null).ToList();
        await _shared.EnrichAsync(enriching, memory, cancellationToken).ConfigureAwait(false);
        foreach (var task in enriching.Where(c => c.Finished is null))
        {
            TaskGuard.Run(task, _logger, () => task.Judgement = DriftEvaluator.Evaluate(task.Spec!.Spec, task.Observation!, context));
        }

        _rechecks.WaitForUnreadyEnis(kept);
        return remaining;
    }

    /// <summary>
    /// Tasks judged from their stored facts are judged only when what EC2 shows of their ENI bears the facts out
    /// (<see cref="StoredFactsTrust.Contradiction"/>); the others are marked to be described, and left out of this pass.
    /// </summary>
    private List<TaskContext> SetAsideContradicted(List<TaskContext> judged, BatchObservation observation)
    {
        foreach (var task in judged.Where(c => c.Target.FromStoredFacts))
        {
            if (StoredFactsTrust.Contradiction(task.Task!, observation.EniFor(task), task.ContainerInstance?.Ec2InstanceId) is { } why)
            {
                ReconcilerLog.StoredFactsContradicted(_logger, task.Task!.TaskId, why);
                task.FactsContradicted = true;
            }
        }

        return [.. judged.Where(c => !c.FactsContradicted)];
    }

    /// <summary>Plans each task, merges the plans over the batch, takes the budget once, acts once per change, and decides every finding.</summary>
    private async Task<List<ExecutedAction>> PlanAndActAsync(List<TaskContext> batch, RunMemory memory, DateTimeOffset observedAt, CancellationToken cancellationToken)
    {
        var judged = batch.Where(c => c.Finished is null && c.Judgement is { Kind: JudgementKind.Judged }).ToList();
        foreach (var context in judged)
        {
            TaskGuard.Run(context, _logger, () => context.Plan = Planner.Plan(PlanningFor(context, observedAt)));
        }

        var planning = judged.Where(c => c.Finished is null).ToList();
        var merged = Planner.Merge(planning.SelectMany(c => c.Plan.Actions)).Where(a => !memory.Actions.ContainsKey(a.Action.Key)).ToList();
        var overBudget = await OverBudgetAsync(merged, planning, cancellationToken).ConfigureAwait(false);
        var executed = new List<ExecutedAction>();
        foreach (var action in merged.Where(a => !overBudget.Contains(a.Action.Key)))
        {
            var answering = planning.Where(c => c.Finished is null && c.Plan.Actions.Any(a => a.Action.Key == action.Action.Key)).ToList();
            if (answering.Count == 0)
            {
                continue;
            }

            var owner = answering[0];
            await TaskGuard.RunAsync(owner, _logger, async () =>
            {
                var done = await _actions.RunAsync(action, owner.Task!, owner.Spec!, [.. answering.Select(c => c.Target.TaskArn)], observedAt, cancellationToken).ConfigureAwait(false);
                memory.Actions[action.Action.Key] = done;
                executed.Add(done);
            }, cancellationToken).ConfigureAwait(false);
        }

        foreach (var context in planning.Where(c => c.Finished is null))
        {
            var spec = context.Spec!.Spec.Spec;
            context.Decisions = FindingDecider.Decide(context.Judgement!, context.Plan, memory.Actions, overBudget, spec.Alerts.MinimumSeverity, spec.Exceptions, observedAt);
            context.Rechecks = RecheckPolicy.Wanted(context.Target.TaskArn, false, context.Judgement!, context.Plan, memory.Actions, overBudget);
        }

        return executed;
    }

    /// <summary>The merged real actions the budget has no room for; the budget is read once, only when there is a real action.</summary>
    private async Task<HashSet<string>> OverBudgetAsync(List<PlannedAction> merged, List<TaskContext> planning, CancellationToken cancellationToken)
    {
        if (merged.All(a => a.DryRun) || _options.ReadOnly)
        {
            return [];
        }

        try
        {
            var left = await _ports.Budget.RemainingAsync(_time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            return Planner.ApplyBudget(merged, left).OverBudget.Select(a => a.Action.Key).ToHashSet(StringComparer.Ordinal);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            var needing = planning.Where(c => c.Plan.Actions.Any(a => !a.DryRun)).ToList();
            ReconcilerLog.BudgetUnknown(_logger, needing.Count, ex);
            needing.ForEach(c => c.Fail($"reading the remediation budget failed: {ex.Message}"));
            return [];
        }
    }

    /// <summary>One delta per alert key for the whole batch, applied and notified; a key whose write fails fails its tasks.</summary>
    private async Task<List<AlertEvent>> ReportAlertsAsync(List<TaskContext> batch, IReadOnlySet<string> activeSpecs, RunMemory memory, CancellationToken cancellationToken)
    {
        var openToCheck = memory.KnowsEveryOpenAlert ? memory.OpenAlerts.ToList() : [];
        var deltas = AlertDeltas.Build(batch, openToCheck, activeSpecs, _time.GetUtcNow());
        var events = new List<AlertEvent>();
        try
        {
            await _alerts.ReadUnknownAsync(deltas.Keys, memory, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            FailInvolved(batch, deltas.Values, "reading alerts", ex);
            return events;
        }

        foreach (var delta in deltas.Values.OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            try
            {
                events.Add(await _alerts.ApplyAsync(delta, ReminderInterval(batch, delta.Key), memory, cancellationToken).ConfigureAwait(false));
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                FailInvolved(batch, [delta], $"moving alert {delta.Key}", ex);
            }
        }

        return events;
    }

    /// <summary>The tasks an alert write was about could not be reported truthfully: they fail, and the next run retries them.</summary>
    private void FailInvolved(List<TaskContext> batch, IEnumerable<Alerting.AlertDelta> deltas, string what, Exception ex)
    {
        foreach (var delta in deltas)
        {
            var involved = batch.Where(c => c.Finished is null && (delta.Join.Contains(c.Target.TaskArn) || delta.Leave.Contains(c.Target.TaskArn))).ToList();
            ReconcilerLog.AlertFailed(_logger, delta.Key, involved.Count, ex);
            involved.ForEach(c => c.Fail($"{what} failed: {ex.Message}"));
        }
    }

    private async Task<TaskOutcome> FinishAsync(TaskContext context, RunMemory memory, DateTimeOffset observedAt, CancellationToken cancellationToken)
    {
        var outcome = TaskOutcome.Failed(context.Target.TaskArn, context.Spec?.Name, "not finished");
        await TaskGuard.RunAsync(context, _logger, async () =>
        {
            var (status, findings) = await _statuses.WriteAsync(context, memory, cancellationToken).ConfigureAwait(false);
            var judgement = context.Verdict!;
            var actions = context.Plan.Actions.Select(a => memory.Actions.GetValueOrDefault(a.Action.Key)).OfType<ExecutedAction>().ToEquatableArray();
            if (judgement.Kind == JudgementKind.Judged)
            {
                ReconcilerLog.TaskReconciled(_logger, context.Task!.TaskId, judgement.Kind.ToString(), judgement.Reason, judgement.Findings.Count, actions.Count, status.ToString());
            }
            else
            {
                ReconcilerLog.TaskSkipped(_logger, context.Task!.TaskId, judgement.Reason);
            }

            outcome = new TaskOutcome(context.Task.TaskArn, context.Spec?.Name, judgement, context.Plan, actions, status)
            {
                Findings = findings,
                Rechecks = _rechecks.Next(context, observedAt),
            };
        }, cancellationToken).ConfigureAwait(false);
        return context.Finished ?? outcome;
    }

    /// <summary>
    /// The planner sees only the findings no exception in force covers, and is told which checks are excepted, so a repair it
    /// plans for another finding leaves the excepted part as it is (an exception only takes actions away).
    /// </summary>
    private PlanningInput PlanningFor(TaskContext context, DateTimeOffset observedAt)
    {
        var spec = context.Spec!.Spec;
        var findings = context.Judgement!.Findings;
        var exceptions = spec.Spec.Exceptions;
        var excepted = findings.Where(f => ExceptionMatch.Find(exceptions, f, observedAt) is { InForce: true }).ToList();
        return new PlanningInput(Policy(spec), context.Observation!, findings.Except(excepted).ToEquatableArray(), int.MaxValue, _options.ForceDryRun)
        {
            ExceptedChecks = excepted.Select(f => f.Check).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToEquatableArray(),
        };
    }

    private TaskNetworkSpec Policy(TaskNetworkSpec spec) =>
        _options.ForceAlertOnly ? spec with { Spec = spec.Spec with { Remediation = RemediationSpec.AlertOnly } } : spec;

    private static TimeSpan ReminderInterval(List<TaskContext> batch, string key) =>
        batch.FirstOrDefault(c => c.Spec is { } s && key.StartsWith(s.Name + ":", StringComparison.Ordinal))?.Spec!.Spec.Spec.Alerts.ReminderInterval
        ?? NoReminder;

    /// <summary>"Never" for reminders, far enough to add to any timestamp without overflowing.</summary>
    public static readonly TimeSpan NoReminder = TimeSpan.FromDays(365 * 100);
}
