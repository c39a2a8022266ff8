using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.Core.Specs;

namespace EcsWinReconciler.Core.InMemory;

/// <summary>An in-process <see cref="ISpecStore"/> with the DynamoDB store's semantics (for the demo and tests).</summary>
public sealed class InMemorySpecStore : ISpecStore
{
    private readonly Lock _gate = new();
    private readonly SortedDictionary<string, StoredSpec> _specs = new(StringComparer.Ordinal);

    public Task<IReadOnlyList<StoredSpec>> ListAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<StoredSpec>>([.. _specs.Values]);
        }
    }

    public Task<StoredSpec?> GetAsync(string name, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_specs.GetValueOrDefault(name));
        }
    }

    public Task<SpecApplyResult> ApplyAsync(TaskNetworkSpec spec, string document, long? expectedGeneration, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var current = _specs.GetValueOrDefault(spec.Name);
            var generation = current?.Generation ?? 0;

            // Same content first, as in the DynamoDB store: a retried apply whose first attempt landed is Unchanged, not a Conflict.
            if (current is not null && current.Document == document)
            {
                return Task.FromResult(new SpecApplyResult(SpecApplyOutcome.Unchanged, generation));
            }

            if (expectedGeneration is { } expected && expected != generation)
            {
                return Task.FromResult(new SpecApplyResult(SpecApplyOutcome.Conflict, generation));
            }

            _specs[spec.Name] = new StoredSpec(spec, generation + 1, document);
            return Task.FromResult(new SpecApplyResult(current is null ? SpecApplyOutcome.Created : SpecApplyOutcome.Updated, generation + 1));
        }
    }

    public Task<bool> DeleteAsync(string name, long? expectedGeneration, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_specs.TryGetValue(name, out var current) || (expectedGeneration is { } expected && expected != current.Generation))
            {
                return Task.FromResult(false);
            }

            return Task.FromResult(_specs.Remove(name));
        }
    }
}
