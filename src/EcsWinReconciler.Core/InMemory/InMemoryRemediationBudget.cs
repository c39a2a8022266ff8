using EcsWinReconciler.Core.Ports;

namespace EcsWinReconciler.Core.InMemory;

/// <summary>An in-process <see cref="IRemediationBudget"/>: at most <c>maxActions</c> per fixed window.</summary>
public sealed class InMemoryRemediationBudget(int maxActions, TimeSpan window) : IRemediationBudget
{
    private readonly Lock _gate = new();
    private readonly Dictionary<long, int> _used = [];

    public Task<int> RemainingAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(maxActions - _used.GetValueOrDefault(WindowOf(now)));
        }
    }

    public Task<bool> TryConsumeAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var key = WindowOf(now);
            var used = _used.GetValueOrDefault(key);
            if (used >= maxActions)
            {
                return Task.FromResult(false);
            }

            _used[key] = used + 1;
            return Task.FromResult(true);
        }
    }

    private long WindowOf(DateTimeOffset now) => now.ToUnixTimeSeconds() / (long)window.TotalSeconds;
}
