using System.Collections.Concurrent;
using EcsWinReconciler.Core.Ports;

namespace EcsWinReconciler.Core.InMemory;

/// <summary>An in-process <see cref="IResyncCursor"/>: one position per sweep, last writer wins.</summary>
public sealed class InMemoryResyncCursor : IResyncCursor
{
    private readonly ConcurrentDictionary<string, string> _positions = new(StringComparer.Ordinal);

    public Task<string?> GetAsync(string sweep, CancellationToken cancellationToken) =>
        Task.FromResult(_positions.TryGetValue(sweep, out var position) ? position : null);

    public Task SaveAsync(string sweep, string position, DateTimeOffset now, CancellationToken cancellationToken)
    {
        _positions[sweep] = position;
        return Task.CompletedTask;
    }
}
