using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.Core.Reconciliation;

namespace EcsWinReconciler.Core.InMemory;

/// <summary>
/// An in-process <see cref="IActionLedger"/>: one live claim per action key. Recording an entry equal to one already
/// recorded (a retried record) keeps one, as the DynamoDB ledger does.
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
            if (!_entries.Contains(entry))
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
