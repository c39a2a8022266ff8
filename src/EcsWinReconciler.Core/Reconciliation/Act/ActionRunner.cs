using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.Core.Planning;
using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.Core.Specs;
using Microsoft.Extensions.Logging;

namespace EcsWinReconciler.Core.Reconciliation;

/// <summary>
/// Carries out one action: dry-runs go straight to the actuator (EC2 DryRun, no ECS call); real actions first claim the
/// change in the ledger (so concurrent reconciles act once) and a unit of the account-wide budget. Every attempt is
/// recorded in the ledger with its reason and outcome; a real change is recorded as started before it is made (write-ahead),
/// so a run killed between the change and its outcome still leaves it in the ledger. A read-only run only dry-runs, and
/// records and claims nothing.
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
        var entry = new LedgerEntry(
            planned.Action.Key, planned.Action.Describe(), task.TaskArn, spec.Name, spec.Generation, planned.DryRun,
            ActionResult.Started, ActionOutcome.StartedDetail, planned.Reason, planned.FindingIds, time.GetUtcNow())
        {
            Tasks = [.. tasks],
        };
        var outcome = await ExecuteAsync(planned, entry, observedAt, cancellationToken).ConfigureAwait(false);
        ReconcilerLog.ActionExecuted(logger, planned.Action.Describe(), task.TaskId, outcome.Result.ToString(), outcome.Detail);
        if (outcome.Result != ActionResult.ClaimedElsewhere && !options.ReadOnly)
        {
            // Same time, action and task as the started entry: the outcome replaces it.
            await ledger.RecordAsync(entry with { Result = outcome.Result, Detail = outcome.Detail }, cancellationToken).ConfigureAwait(false);
        }

        return new ExecutedAction(planned, outcome);
    }

    private async Task<ActionOutcome> ExecuteAsync(PlannedAction planned, LedgerEntry started, DateTimeOffset observedAt, CancellationToken cancellationToken)
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

            var now = started.At;
            if (!await ledger.TryClaimAsync(planned.Action.Key, now, options.ActionClaimLease, observedAt, cancellationToken).ConfigureAwait(false))
            {
                return ActionOutcome.ClaimedElsewhere();
            }

            var outcome = await SpendAndExecuteAsync(planned, started, cancellationToken).ConfigureAwait(false);
            await EndClaimAsync(planned.Action.Key, now, outcome, cancellationToken).ConfigureAwait(false);
            return outcome;
        }
        catch (AdapterException ex) when (!cancellationToken.IsCancellationRequested)
        {
            return ActionOutcome.Failed(ex.Message);
        }
    }

    /// <summary>
    /// Ends the claim once the outcome is known. The outcome stands whatever becomes of the claim (issue 18: a failure to end it
    /// turned a change EC2 had made into "failed", alerted and recorded so); a claim that cannot be ended lapses with its lease.
    /// </summary>
    private async Task EndClaimAsync(string actionKey, DateTimeOffset claimedAt, ActionOutcome outcome, CancellationToken cancellationToken)
    {
        try
        {
            if (outcome.Result is ActionResult.Failed or ActionResult.BudgetExhausted)
            {
                // Nothing is under way: a claim left in place would make the next run take the change for in progress
                // (and so neither repair nor alert it) until the lease ran out.
                await ledger.ReleaseAsync(actionKey, claimedAt, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                // Done: a run that looked before now does not make it again, one that sees the drift back later does.
                await ledger.CompleteAsync(actionKey, claimedAt, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            }
        }
        catch (AdapterException ex) when (!cancellationToken.IsCancellationRequested)
        {
            ReconcilerLog.ClaimNotEnded(logger, actionKey, outcome.Result.ToString(), ex);
        }
    }

    /// <summary>Takes a unit of the budget, then records the change as started and makes it; a failure on the way is an outcome.</summary>
    private async Task<ActionOutcome> SpendAndExecuteAsync(PlannedAction planned, LedgerEntry started, CancellationToken cancellationToken)
    {
        try
        {
            if (!await budget.TryConsumeAsync(started.At, cancellationToken).ConfigureAwait(false))
            {
                return ActionOutcome.BudgetExhausted();
            }

            // Write-ahead: once the change may be made, the ledger already says so (issue 18: a run killed after the change
            // but before its outcome was recorded left a change in the world that no entry accounted for).
            await ledger.RecordAsync(started, cancellationToken).ConfigureAwait(false);
            return await actuator.ExecuteAsync(planned.Action, dryRun: false, cancellationToken).ConfigureAwait(false);
        }
        catch (AdapterException ex) when (!cancellationToken.IsCancellationRequested)
        {
            return ActionOutcome.Failed(ex.Message);
        }
    }
}
