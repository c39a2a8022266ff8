using EcsWinReconciler.Core.Specs;

namespace EcsWinReconciler.Core.Ports;

/// <summary>The specs people declare (DynamoDB Specs table). Every change bumps the spec's generation.</summary>
public interface ISpecStore
{
    Task<IReadOnlyList<StoredSpec>> ListAsync(CancellationToken cancellationToken);

    Task<StoredSpec?> GetAsync(string name, CancellationToken cancellationToken);

    /// <summary>
    /// Stores a validated spec. <paramref name="document"/> is its canonical form, <c>SpecWriter.ToJson(spec)</c>, so
    /// equal specs have equal documents: same document as stored → <see cref="SpecApplyOutcome.Unchanged"/> (generation kept).
    /// <paramref name="expectedGeneration"/> set and different from the stored one → <see cref="SpecApplyOutcome.Conflict"/>;
    /// 0 means "create only" (the spec must not exist yet). Same content is checked first, so an apply retried after its
    /// first attempt landed is Unchanged, not a Conflict.
    /// </summary>
    Task<SpecApplyResult> ApplyAsync(TaskNetworkSpec spec, string document, long? expectedGeneration, CancellationToken cancellationToken);

    /// <summary>Deletes the spec; false when it did not exist (or its generation was not the expected one).</summary>
    Task<bool> DeleteAsync(string name, long? expectedGeneration, CancellationToken cancellationToken);
}

/// <summary>What an apply did and the generation now stored.</summary>
public sealed record SpecApplyResult(SpecApplyOutcome Outcome, long Generation);

public enum SpecApplyOutcome
{
    Created,
    Updated,
    Unchanged,
    Conflict,
}
