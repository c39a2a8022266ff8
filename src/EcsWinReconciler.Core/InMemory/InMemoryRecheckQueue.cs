using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.Core.Reconciliation;

namespace EcsWinReconciler.Core.InMemory;

/// <summary>An in-process <see cref="IRecheckQueue"/>: the pending markers and the scheduled requests, in order, for a test to deliver.</summary>
public sealed class InMemoryRecheckQueue : IRecheckQueue
{
    private readonly object _gate = new();
    private readonly Dictionary<string, RecheckRequest> _pending = new(StringComparer.Ordinal);
    private readonly List<RecheckRequest> _sent = [];
    private readonly List<RecheckRequest> _queued = [];

    /// <summary>Every request sent, oldest first (collapsed ones are not).</summary>
    public IReadOnlyList<RecheckRequest> Sent
    {
        get
        {
            lock (_gate)
            {
                return [.. _sent];
            }
        }
    }

    public Task<bool> TryScheduleAsync(RecheckRequest request, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        lock (_gate)
        {
            if (_pending.TryGetValue(request.Root, out var held) && held.DueAt + RecheckBackoff.MarkerStaleAfter > now)
            {
                return Task.FromResult(false);
            }

            _pending[request.Root] = request;
            _sent.Add(request);
            _queued.Add(request);
            return Task.FromResult(true);
        }
    }

    public Task ReleaseAsync(RecheckRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        lock (_gate)
        {
            if (_pending.TryGetValue(request.Root, out var held) && held.Token == request.Token)
            {
                _pending.Remove(request.Root);
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>Takes the sent requests due by <paramref name="now"/> (as SQS makes them visible), oldest first.</summary>
    public IReadOnlyList<RecheckRequest> TakeDue(DateTimeOffset now)
    {
        lock (_gate)
        {
            var due = _queued.Where(r => r.DueAt <= now).ToList();
            _queued.RemoveAll(due.Contains);
            return due;
        }
    }
}
