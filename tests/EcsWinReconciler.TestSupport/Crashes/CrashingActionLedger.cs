using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.Core.Reconciliation;

namespace EcsWinReconciler.TestSupport.Crashes;

/// <summary><see cref="IActionLedger"/> under a <see cref="CrashPlan"/>.</summary>
public sealed class CrashingActionLedger(IActionLedger inner, CrashPlan plan) : IActionLedger
{
    public Task<bool> TryClaimAsync(string actionKey, DateTimeOffset now, TimeSpan lease, DateTimeOffset observedAt, CancellationToken cancellationToken) =>
        plan.CallAsync("ledger.TryClaim", true, () => inner.TryClaimAsync(actionKey, now, lease, observedAt, cancellationToken));

    public Task CompleteAsync(string actionKey, DateTimeOffset claimedAt, DateTimeOffset doneAt, CancellationToken cancellationToken) =>
        plan.CallAsync("ledger.Complete", true, () => inner.CompleteAsync(actionKey, claimedAt, doneAt, cancellationToken));

    public Task ReleaseAsync(string actionKey, DateTimeOffset claimedAt, CancellationToken cancellationToken) =>
        plan.CallAsync("ledger.Release", true, () => inner.ReleaseAsync(actionKey, claimedAt, cancellationToken));

    public Task RecordAsync(LedgerEntry entry, CancellationToken cancellationToken) =>
        plan.CallAsync("ledger.Record", true, () => inner.RecordAsync(entry, cancellationToken));

    public Task<IReadOnlyList<LedgerEntry>> ListAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        plan.CallAsync("ledger.List", false, () => inner.ListAsync(since, cancellationToken));
}
