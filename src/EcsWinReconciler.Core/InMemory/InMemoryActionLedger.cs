using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.Core.Reconciliation;

namespace EcsWinReconciler.Core.InMemory;

/// <summary>
/// An in-process <see cref="IActionLedger"/>: one live claim per action key. An entry is identified, as in the DynamoDB ledger,
/// by its time, action, task and whether it was a dry run: recording one with the same identity replaces it (a retried record
/// keeps one; an outcome replaces its started entry).
/// </summary>
public sealed class InMemoryActionLedger : IActionLedger
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (DateTimeOffset At, DateTimeOffset Until, DateTimeOffset? DoneAt)> _claims = new(StringComparer.Ordinal);
    private readonly List<LedgerEntry> _entries = [];

    public IReadOnlyList<LedgerEntry> Entries
    {
        get
        {
            lock (_gate)
            {
                return [.. _entries];
            }
        }
    }

    public Task<bool> TryClaimAsync(string actionKey, DateTimeOffset now, TimeSpan lease, DateTimeOffset observedAt, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lease, TimeSpan.Zero);
        lock (_gate)
        {
            if (_claims.TryGetValue(actionKey, out var claim) && (claim.Until > now || claim.DoneAt >= observedAt))
            {
                return Task.FromResult(false);
            }

            _claims[actionKey] = (now, now + lease, null);
            return Task.FromResult(true);
        }
    }

    public Task CompleteAsync(string actionKey, DateTimeOffset claimedAt, DateTimeOffset doneAt, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_claims.TryGetValue(actionKey, out var claim) && claim.At == claimedAt)
            {
                _claims[actionKey] = (claim.At, doneAt, doneAt);
            }
        }

        return Task.CompletedTask;
    }

    public Task ReleaseAsync(string actionKey, DateTimeOffset claimedAt, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_claims.TryGetValue(actionKey, out var claim) && claim.At == claimedAt)
            {
                _claims.Remove(actionKey);
            }
        }

        return Task.CompletedTask;
    }

    public Task RecordAsync(LedgerEntry entry, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var same = _entries.FindIndex(e => e.At == entry.At && e.ActionKey == entry.ActionKey && e.TaskArn == entry.TaskArn && e.DryRun == entry.DryRun);
            if (same >= 0)
            {
                _entries[same] = entry;
            }
            else
            {
                _entries.Add(entry);
            }
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<LedgerEntry>> ListAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<LedgerEntry>>([.. _entries.Where(e => e.At >= since).OrderBy(e => e.At)]);
        }
    }
}
