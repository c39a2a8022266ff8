using EcsWinReconciler.Cli.Output.Views;
using EcsWinReconciler.Cli.Status;
using EcsWinReconciler.Core.Reconciliation;

namespace EcsWinReconciler.Cli.Reconcile;

/// <summary>A run summary as 'ewr reconcile -o json' shows it: the counters, the failures and every task with what became of its findings.</summary>
internal static class ReconcileReport
{
    public static ReconcileView View(ReconcileScope scope, bool dryRun, RunSummary summary) => new(
        scope.Cluster, scope.Family, scope.TaskArn, dryRun,
        summary.TasksSeen, summary.Judged, summary.SkippedByReason(), summary.Findings,
        summary.ActionsApplied, summary.ActionsDryRun, summary.AlertsOpened, summary.AlertsResolved,
        [.. summary.Tasks.Where(t => t.Error is not null).Select(t => new FailureView(t.TaskArn, t.Error!))],
        [.. summary.AlertEvents.Where(e => e.DeliveryError is not null)
            .Select(e => new UndeliveredView(e.Key, StatusViewMapper.Word(e.Transition.ToString()), e.DeliveryError!))],
        summary.DriftRemains,
        [.. summary.Tasks.Select(t => Task(t, summary.ReadOnly))]);

    private static TaskResultView Task(TaskOutcome outcome, bool preview) => new(
        outcome.TaskArn,
        outcome.SpecName,
        StatusViewMapper.Word(outcome.Judgement.Kind.ToString()),
        outcome.Judgement.Reason,
        [.. outcome.Findings.Select(f => new TaskFindingView(
            f.Id, StatusViewMapper.Word(f.Severity.ToString()), f.Message, f.Decision.Describe(preview), StatusViewMapper.Word(f.Decision.Kind.ToString()), f.Decision.Remains, f.AlertKey))],
        [.. outcome.Actions.Select(a => new ActionView(a.Planned.Action.Describe(), a.Planned.DryRun, StatusViewMapper.Word(a.Outcome.Result.ToString()), a.Outcome.Detail))]);
}
