using EcsWinReconciler.Core.Alerting;
using EcsWinReconciler.Core.Common;
using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.Core.Planning;
using EcsWinReconciler.Core.Specs;
using Microsoft.Extensions.Logging;

namespace EcsWinReconciler.Core.Reconciliation;

/// <summary>
/// The last stages for one task: judge, plan, act, report alerts, write status. A task that needs no judging
/// (stopped, skipped, not yet running) only reports: its alerts close and its status says why.
/// </summary>
internal sealed class TaskFinisher(ReconcilerPorts ports, ReconcilerOptions options, TimeProvider time, ILogger logger)
{
    /// <summary>"Never" for reminders, far enough to add to any timestamp without overflowing.</summary>
    internal static readonly TimeSpan NoReminder = TimeSpan.FromDays(365 * 100);

    private readonly ActionRunner _actions = new(ports, options, time, logger);
    private readonly AlertReporter _alerts = new(ports, options, time, logger);

    public async Task<TaskOutcome> JudgeAsync(TaskContext context, TaskObservation observed, CancellationToken cancellationToken)
    {
        var spec = context.Spec!;
        var policy = options.ForceAlertOnly ? AlertOnly(spec.Spec) : spec.Spec;
        var (observation, judgement) = await EnrichAsync(policy, observed, DriftEvaluator.Evaluate(spec.Spec, observed), cancellationToken).ConfigureAwait(false);
        var plan = Planner.Plan(new PlanningInput(policy, observation, judgement.Findings, int.MaxValue, options.ForceDryRun));
        if (plan.BudgetCost > 0)
        {
            var left = await ports.Budget.RemainingAsync(time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            plan = Planner.Plan(new PlanningInput(policy, observation, judgement.Findings, left, options.ForceDryRun));
        }

        var executed = await _actions.RunAsync(plan, observation.Task, spec, cancellationToken).ConfigureAwait(false);
        var handling = FindingHandling.Decide(judgement, plan, executed, spec.Spec.Spec.Alerts.MinimumSeverity);
        var toOpen = judgement.Findings
            .Where(f => handling[f.Id].StartsWith(FindingHandling.Alerted, StringComparison.Ordinal))
            .Select(f => (f, handling[f.Id][(FindingHandling.Alerted.Length + 2)..]))
            .ToList();
        var observedResources = ObservedResources(observation);
        var toLeave = PreviouslyAlerted(context.Previous)
            .Where(p => !toOpen.Any(o => AlertKey(spec.Name, o.Item1) == p.Key))
            .Select(p => (p.Key, p.Scope == FindingScope.Shared && p.SpecName == spec.Name && observedResources.Contains(p.RootResource) ? LeaveMode.ResolveAll : LeaveMode.Leave))
            .ToList();
        var events = await _alerts.ReportAsync(spec.Name, observation.Task, spec.Spec.Spec.Alerts.ReminderInterval, toOpen, toLeave, cancellationToken).ConfigureAwait(false);
        var status = await WriteStatusAsync(context, spec.Name, spec.Generation, judgement, handling, cancellationToken).ConfigureAwait(false);
        ReconcilerLog.TaskReconciled(logger, observation.Task.TaskId, judgement.Kind.ToString(), judgement.Reason, judgement.Findings.Count, executed.Count, status.ToString());
        return new TaskOutcome(observation.Task.TaskArn, spec.Name, judgement, plan, executed, events.ToEquatableArray(), status);
    }

    /// <summary>A task that is not judged: every alert it was part of is left (never resolved for others), and status says why.</summary>
    public async Task<TaskOutcome> ReportUnjudgedAsync(TaskContext context, Judgement judgement, CancellationToken cancellationToken)
    {
        var task = context.Task!;
        var keepOpen = judgement.Kind == JudgementKind.NotYetRunning;
        // A task stopping does not fix a shared root cause: its shared alerts stay open for the replacement to rejoin
        // (no resolve/reopen per deployment). A task no longer selected or judged leaves them as usual.
        var stopping = judgement.Kind == JudgementKind.Stopped;
        var toLeave = keepOpen ? [] : PreviouslyAlerted(context.Previous)
            .Select(p => (p.Key, stopping && p.Scope == FindingScope.Shared ? LeaveMode.KeepOpen : LeaveMode.Leave))
            .ToList();
        var events = toLeave.Count == 0
            ? []
            : await _alerts.ReportAsync(context.Spec?.Name ?? context.Previous?.SpecName ?? "(none)", task, NoReminder, [], toLeave, cancellationToken).ConfigureAwait(false);
        var status = await WriteStatusAsync(context, context.Spec?.Name, context.Spec?.Generation ?? 0, judgement, new Dictionary<string, string>(), cancellationToken).ConfigureAwait(false);
        ReconcilerLog.TaskSkipped(logger, task.TaskId, judgement.Reason);
        return new TaskOutcome(task.TaskArn, context.Spec?.Name, judgement, Plan.Nothing, [], events.ToEquatableArray(), status);
    }

    /// <summary>Only when a finding needs them: the service (for ENI-level repairs) and how many ENIs share a group.</summary>
    private async Task<(TaskObservation, Judgement)> EnrichAsync(TaskNetworkSpec spec, TaskObservation observed, Judgement judgement, CancellationToken cancellationToken)
    {
        var enriched = observed;
        var task = observed.Task;
        var remediation = spec.Spec.Remediation;
        if (task.ServiceName is { } service && judgement.Findings.Any(f => f.Remedy is ServiceNetworkRemedy && remediation.For(f.Group) != RemediationMode.Alert))
        {
            enriched = enriched with { Service = await ports.Tasks.DescribeServiceAsync(task.ClusterArn, service, cancellationToken).ConfigureAwait(false) };
        }

        var sharedGroups = judgement.Findings.Where(f => f.Check == CheckIds.ForbiddenIngress).Select(f => f.RootResource).Distinct(StringComparer.Ordinal).ToList();
        if (sharedGroups.Count > 0)
        {
            var counts = await ports.Network.CountEnisByGroupAsync(sharedGroups, cancellationToken).ConfigureAwait(false);
            enriched = enriched with { GroupEniCounts = counts.OrderBy(c => c.Key, StringComparer.Ordinal).ToEquatableArray() };
        }

        return enriched == observed ? (observed, judgement) : (enriched, DriftEvaluator.Evaluate(spec, enriched));
    }

    private async Task<StatusWriteSummary> WriteStatusAsync(TaskContext context, string? specName, long generation, Judgement judgement, IReadOnlyDictionary<string, string> handling, CancellationToken cancellationToken)
    {
        var status = StatusBuilder.Build(context.Task!, specName, generation, judgement, handling, context.Previous, time.GetUtcNow(), options.StoppedTaskRetention);
        if (context.Previous is { } previous && (previous.SameContentAs(status) || previous.LastEventVersion > status.LastEventVersion))
        {
            return previous.LastEventVersion > status.LastEventVersion ? StatusWriteSummary.Stale : StatusWriteSummary.Unchanged;
        }

        return await ports.Status.PutAsync(status, cancellationToken).ConfigureAwait(false) switch
        {
            Ports.StatusWriteResult.Written => StatusWriteSummary.Written,
            Ports.StatusWriteResult.Unchanged => StatusWriteSummary.Unchanged,
            _ => StatusWriteSummary.Stale,
        };
    }

    private static TaskNetworkSpec AlertOnly(TaskNetworkSpec spec) =>
        spec with { Spec = spec.Spec with { Remediation = RemediationSpec.AlertOnly } };

    private static string AlertKey(string specName, Finding finding) => Alerting.AlertRecord.KeyFor(specName, finding);

    private static IEnumerable<(string Key, string SpecName, FindingScope Scope, string RootResource)> PreviouslyAlerted(TaskNetworkStatus? previous) =>
        previous is { SpecName: { } specName }
            ? previous.Findings
                .Where(f => f.Handling.StartsWith(FindingHandling.Alerted, StringComparison.Ordinal))
                .Select(f => ($"{specName}:{f.Id}", specName, f.Scope, f.Id[(f.Check.Length + 1)..].Split('/')[0]))
            : [];

    /// <summary>Shared resources this reconcile looked at afresh: a shared alert on one of them that is gone here is gone for all.</summary>
    private static HashSet<string> ObservedResources(TaskObservation observed)
    {
        var resources = new HashSet<string>(observed.SecurityGroups.Select(g => g.Id), StringComparer.Ordinal);
        if (observed.Vpc is { } vpc)
        {
            resources.Add(vpc.VpcId);
            resources.Add(vpc.Dhcp.Id == DhcpOptionsObservation.DefaultId ? $"default@{vpc.VpcId}" : vpc.Dhcp.Id);
        }

        if (observed.Host is { } host)
        {
            resources.Add(host.InstanceId);
        }

        return resources;
    }
}
