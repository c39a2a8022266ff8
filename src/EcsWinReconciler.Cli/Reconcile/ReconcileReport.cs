using EcsWinReconciler.Cli.Output.Views;
using EcsWinReconciler.Cli.Status;
using EcsWinReconciler.Core.Reconciliation;

namespace EcsWinReconciler.Cli.Reconcile;

/// <summary>A run summary as 'ewr reconcile -o json' shows it: the counters, the failures and every task with its findings' fate.</summary>
internal static class ReconcileReport
{
    public static ReconcileView View(ReconcileScope scope, bool dryRun, RunSummary summary) => new(
        scope.Cluster, scope.Family, scope.TaskArn, dryRun,
        summary.TasksSeen, summary.Judged, summary.SkippedByReason(), summary.Findings,
        summary.ActionsApplied, summary.ActionsDryRun, summary.AlertsOpened, summary.AlertsResolved,
        [.. summary.Tasks.Where(t => t.Error is not null).Select(t => new FailureView(t.TaskArn, t.Error!))],
        [.. summary.Tasks.SelectMany(t => t.AlertEvents).Where(e => e.DeliveryError is not null)
            .Select(e => new UndeliveredView(e.Key, StatusViewMapper.Word(e.Transition.ToString()), e.DeliveryError!))],
        FindingFate.DriftRemains(summary),
        [.. summary.Tasks.Select(Task)]);

    private static TaskResultView Task(TaskOutcome outcome) => new(
        outcome.TaskArn,
        outcome.SpecName,
        StatusViewMapper.Word(outcome.Judgement.Kind.ToString()),
        outcome.Judgement.Reason,
        [.. FindingFate.Of(outcome).Select(f => new TaskFindingView(f.Finding.Id, StatusViewMapper.Word(f.Finding.Severity.ToString()), f.Finding.Message, f.Handling, f.Remains))],
        [.. outcome.Actions.Select(a => new ActionView(a.Planned.Action.Describe(), a.Planned.DryRun, StatusViewMapper.Word(a.Outcome.Result.ToString()), a.Outcome.Detail))]);
}
