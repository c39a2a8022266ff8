using EcsWinReconciler.Core.Reconciliation;

namespace EcsWinReconciler.Core.Ports;

/// <summary>The remediation ledger: every action with its reason and outcome, and the claims that make one change happen once.</summary>
public interface IActionLedger
{
    /// <summary>
    /// Claims <paramref name="actionKey"/> until <c>now + lease</c>. False when another run holds a live claim, or completed the
    /// change at or after <paramref name="observedAt"/> (the drift this run saw is one that run already repaired); a change
    /// completed before it may be claimed again at once (the world drifted again since).
    /// </summary>
    Task<bool> TryClaimAsync(string actionKey, DateTimeOffset now, TimeSpan lease, DateTimeOffset observedAt, CancellationToken cancellationToken);

    /// <summary>Ends the claim made at <paramref name="claimedAt"/> because the change was made at <paramref name="doneAt"/>.</summary>
    Task CompleteAsync(string actionKey, DateTimeOffset claimedAt, DateTimeOffset doneAt, CancellationToken cancellationToken);

    /// <summary>
    /// Gives up the claim made at <paramref name="claimedAt"/> (the action failed, or the budget had no room): another run may
    /// try the change at once instead of taking it for under way until the lease ends. A claim since taken by another run stays.
    /// </summary>
    Task ReleaseAsync(string actionKey, DateTimeOffset claimedAt, CancellationToken cancellationToken);

    /// <summary>
    /// Records an entry. Its time, action key, task and dry-run flag identify it: an entry recorded again with the same four
    /// replaces the first (a retried record counts once; an action's outcome replaces the <see cref="Planning.ActionResult.Started"/>
    /// entry written before the change was made).
    /// </summary>
    Task RecordAsync(LedgerEntry entry, CancellationToken cancellationToken);

    Task<IReadOnlyList<LedgerEntry>> ListAsync(DateTimeOffset since, CancellationToken cancellationToken);
}
