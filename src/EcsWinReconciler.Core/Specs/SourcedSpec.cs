namespace EcsWinReconciler.Core.Specs;

/// <summary>
/// A valid spec and where it was read: the source, the document's index in it (0-based, for multi-document
/// YAML) and the positions of the document, its name and its selector, so set-level errors point at them.
/// Specs that did not come from text (e.g. from the store) use <see cref="SourcePosition.None"/>.
/// </summary>
public sealed record SourcedSpec(
    TaskNetworkSpec Spec,
    string Source,
    int DocumentIndex = 0,
    SourcePosition Document = default,
    SourcePosition Name = default,
    SourcePosition Selector = default)
{
    /// <summary>A stored spec as a member of a set: its source says it is the stored one, at which generation.</summary>
    public static SourcedSpec FromStore(StoredSpec stored) => new(stored.Spec, $"stored spec \"{stored.Name}\" (generation {stored.Generation})");

    public override string ToString() => Document == default ? Source : $"{Source}:{Document}";
}
