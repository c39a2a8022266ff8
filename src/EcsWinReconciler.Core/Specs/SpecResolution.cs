using EcsWinReconciler.Core.Common;

namespace EcsWinReconciler.Core.Specs;

/// <summary>Which spec governs a task: exactly one (<see cref="Selected"/>), none, or a tie the reconciler must not guess at.</summary>
public abstract record SpecResolution
{
    private SpecResolution()
    {
    }

    public static SpecResolution NoSpec { get; } = new None();

    public static SpecResolution Select(StoredSpec spec) => new Selected(spec);

    public static SpecResolution Tie(IEnumerable<string> names) => new Ambiguous(names.Order(StringComparer.Ordinal).ToEquatableArray());

    /// <summary>The one most specific spec that selects the task.</summary>
    public sealed record Selected(StoredSpec Spec) : SpecResolution;

    /// <summary>No spec selects the task: it is not judged and nothing is done to it.</summary>
    public sealed record None : SpecResolution;

    /// <summary>Several equally specific specs select the task; their names, sorted. Report it, act on nothing.</summary>
    public sealed record Ambiguous(EquatableArray<string> Names) : SpecResolution;
}
