using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.Core.Planning;
using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.Core.Specs;
using Microsoft.Extensions.Logging;

namespace EcsWinReconciler.Core.Reconciliation;

/// <summary>
/// Carries out one action: dry-runs go straight to the actuator (EC2 DryRun, no ECS call); real actions first claim the
/// change in the ledger (so concurrent reconciles act once) and a unit of the account-wide budget. Every attempt is
/// recorded in the ledger with its reason and outcome. A read-only run only dry-runs, and records and claims nothing.
/// </summary>
internal sealed class ActionRunner(INetworkActuator actuator, IActionLedger ledger, IRemediationBudget budget, ReconcilerOptions options, TimeProvider time, ILogger logger)
{
    /// <param name="planned">The action (merged over the batch's tasks).</param>
    /// <param name="task">The first task it answers (the ledger's "on behalf of").</param>
    /// <param name="spec">That task's spec.</param>
    /// <param name="tasks">Every task it answers.</param>
    /// <param name="observedAt">When the drift it answers was observed (a change another run made since is not made again).</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    public async Task<ExecutedAction> RunAsync(PlannedAction planned, ObservedTask task, StoredSpec spec, IReadOnlyList<string> tasks, DateTimeOffset observedAt, CancellationToken cancellationToken)
    {
        var outcome = await ExecuteAsync(planned, observedAt, cancellationToken).ConfigureAwait(false);
        ReconcilerLog.ActionExecuted(logger, planned.Action.Describe(), task.TaskId, outcome.Result.ToString(), outcome.Detail);
        if (outcome.Result != ActionResult.ClaimedElsewhere && !options.ReadOnly)
        {
            var entry = new LedgerEntry(
                planned.Action.Key, planned.Action.Describe(), task.TaskArn, spec.Name, spec.Generation, planned.DryRun,
                outcome.Result, outcome.Detail, planned.Reason, planned.FindingIds, time.GetUtcNow())
            {
                Tasks = [.. tasks],
            };
            await ledger.RecordAsync(entry, cancellationToken).ConfigureAwait(false);
        }

        return new ExecutedAction(planned, outcome);
    }

    private async Task<ActionOutcome> ExecuteAsync(PlannedAction planned, DateTimeOffset observedAt, CancellationToken cancellationToken)
    {
        try
        {
            // Out of the deployment's scope: refused before a claim or a budget unit is taken, so repeated refusals of
            // an untagged group never use up the budget other repairs need. Dry runs say it too.
            if (await actuator.WhyOutOfScopeAsync(planned.Action, cancellationToken).ConfigureAwait(false) is { Length: > 0 } why)
            {
                return ActionOutcome.OutOfScope(why);
            }

            if (planned.DryRun || options.ReadOnly)
            {
                return await actuator.ExecuteAsync(planned.Action, dryRun: true, cancellationToken).ConfigureAwait(false);
            }

            var now = time.GetUtcNow();
            if (!await ledger.TryClaimAsync(planned.Action.Key, now, options.ActionClaimLease, observedAt, cancellationToken).ConfigureAwait(false))
            {
                return ActionOutcome.ClaimedElsewhere();
            }

            var outcome = await budget.TryConsumeAsync(now, cancellationToken).ConfigureAwait(false)
                ? await TryExecuteAsync(planned, cancellationToken).ConfigureAwait(false)
                : ActionOutcome.BudgetExhausted();
            if (outcome.Result is ActionResult.Failed or ActionResult.BudgetExhausted)
            {
                // Nothing is under way: a claim left in place would make the next run take the change for in progress
                // (and so neither repair nor alert it) until the lease ran out.
                await ledger.ReleaseAsync(planned.Action.Key, now, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                // Done: a run that looked before now does not make it again, one that sees the drift back later does.
                await ledger.CompleteAsync(planned.Action.Key, now, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            }

            return outcome;
        }
        catch (AdapterException ex) when (!cancellationToken.IsCancellationRequested)
        {
            return ActionOutcome.Failed(ex.Message);
        }
    }

    private async Task<ActionOutcome> TryExecuteAsync(PlannedAction planned, CancellationToken cancellationToken)
    {
        try
        {
            return await actuator.ExecuteAsync(planned.Action, dryRun: false, cancellationToken).ConfigureAwait(false);
        }
        catch (AdapterException ex) when (!cancellationToken.IsCancellationRequested)
        {
            return ActionOutcome.Failed(ex.Message);
        }
    }
}
