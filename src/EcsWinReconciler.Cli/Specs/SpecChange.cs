using EcsWinReconciler.Core.Specs;

namespace EcsWinReconciler.Cli.Specs;

/// <summary>
/// One spec of an apply: what was read (<see cref="Incoming"/>), its canonical document, and what the store held
/// when it was read (<see cref="Stored"/>, null when new). The store compares documents the same way, so
/// <see cref="IsUnchanged"/> here agrees with its Unchanged.
/// </summary>
internal sealed record SpecChange(SourcedSpec Incoming, string Document, StoredSpec? Stored)
{
    public string Name => Incoming.Spec.Name;

    public bool IsNew => Stored is null;

    public bool IsUnchanged => Stored is not null && string.Equals(Stored.Document, Document, StringComparison.Ordinal);

    /// <summary>The generation the apply expects to replace; 0 = the spec must not exist yet.</summary>
    public long ExpectedGeneration => Stored?.Generation ?? 0;

    /// <summary>The unified diff from the stored document to the canonical one; empty when unchanged.</summary>
    public IReadOnlyList<string> Diff() => UnifiedDiff.Format(
        Stored?.Document ?? string.Empty,
        Document,
        Stored is null ? $"{Name} (not stored)" : $"{Name} (stored, generation {Stored.Generation})",
        $"{Name} ({SpecSources.Describe(Incoming)})");

    public static SpecChange For(SourcedSpec incoming, StoredSpec? stored) => new(incoming, SpecWriter.ToJson(incoming.Spec), stored);
}
