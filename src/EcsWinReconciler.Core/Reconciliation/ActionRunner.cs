using EcsWinReconciler.Core.Common;
using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.Core.Planning;
using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.Core.Specs;
using Microsoft.Extensions.Logging;

namespace EcsWinReconciler.Core.Reconciliation;

/// <summary>
/// Carries out a plan: dry-runs go straight to the actuator (EC2 DryRun, no ECS call); real actions first claim
/// the change in the ledger (so concurrent reconciles act once) and a unit of the account-wide budget. Every
/// attempt is recorded in the ledger with its reason and outcome.
/// </summary>
internal sealed class ActionRunner(ReconcilerPorts ports, ReconcilerOptions options, TimeProvider time, ILogger logger)
{
    public async Task<EquatableArray<ExecutedAction>> RunAsync(Plan plan, ObservedTask task, StoredSpec spec, CancellationToken cancellationToken)
    {
        var executed = new List<ExecutedAction>();
        foreach (var planned in plan.Actions)
        {
            var outcome = await ExecuteAsync(planned, cancellationToken).ConfigureAwait(false);
            executed.Add(new ExecutedAction(planned, outcome));
            ReconcilerLog.ActionExecuted(logger, planned.Action.Describe(), task.TaskId, outcome.Result.ToString(), outcome.Detail);
            if (outcome.Result == ActionResult.ClaimedElsewhere)
            {
                continue;
            }

            var entry = new LedgerEntry(
                planned.Action.Key, planned.Action.Describe(), task.TaskArn, spec.Name, spec.Generation, planned.DryRun,
                outcome.Result, outcome.Detail, planned.Reason, planned.FindingIds, time.GetUtcNow());
            await ports.Ledger.RecordAsync(entry, cancellationToken).ConfigureAwait(false);
        }

        return executed.ToEquatableArray();
    }

    private async Task<ActionOutcome> ExecuteAsync(PlannedAction planned, CancellationToken cancellationToken)
    {
        try
        {
            if (planned.DryRun)
            {
                return await ports.Actuator.ExecuteAsync(planned.Action, dryRun: true, cancellationToken).ConfigureAwait(false);
            }

            var now = time.GetUtcNow();
            if (!await ports.Ledger.TryClaimAsync(planned.Action.Key, now, options.ActionClaimLease, cancellationToken).ConfigureAwait(false))
            {
                return ActionOutcome.ClaimedElsewhere();
            }

            if (!await ports.Budget.TryConsumeAsync(now, cancellationToken).ConfigureAwait(false))
            {
                return ActionOutcome.BudgetExhausted();
            }

            return await ports.Actuator.ExecuteAsync(planned.Action, dryRun: false, cancellationToken).ConfigureAwait(false);
        }
        catch (AdapterException ex) when (!cancellationToken.IsCancellationRequested)
        {
            return ActionOutcome.Failed(ex.Message);
        }
    }
}
