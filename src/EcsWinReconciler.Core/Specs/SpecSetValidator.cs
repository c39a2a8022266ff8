using EcsWinReconciler.Core.Common;

namespace EcsWinReconciler.Core.Specs;

/// <summary>
/// Checks specs as a set: names are unique, and no two specs select the same cluster and family in the same account and region (the
/// resolver could not choose between them). Each error sits at the later spec and names the earlier one.
/// </summary>
public static class SpecSetValidator
{
    public static EquatableArray<SpecError> Validate(IEnumerable<SourcedSpec> specs)
    {
        ArgumentNullException.ThrowIfNull(specs);
        var errors = new List<SpecError>();
        var byName = new Dictionary<string, SourcedSpec>(StringComparer.Ordinal);
        var bySelector = new Dictionary<TaskSelector, SourcedSpec>();
        foreach (var spec in specs)
        {
            if (!byName.TryAdd(spec.Spec.Name, spec))
            {
                var first = byName[spec.Spec.Name];
                errors.Add(At(spec, "metadata.name", spec.Name, $"the name \"{spec.Spec.Name}\" is also used by the spec in {first}; names must be unique"));
                continue;
            }

            var selector = spec.Spec.Spec.Selector;
            if (!bySelector.TryAdd(selector, spec))
            {
                var first = bySelector[selector];
                errors.Add(At(spec, "spec.selector", spec.Selector, $"\"{spec.Spec.Name}\" selects the same tasks ({selector}) as \"{first.Spec.Name}\" in {first}; each cluster and family may have one spec"));
            }
        }

        return [.. errors];
    }

    /// <summary>
    /// The set after applying <paramref name="incoming"/> over <paramref name="stored"/>: an incoming spec
    /// replaces the stored spec of the same name (that is an update, not a duplicate).
    /// </summary>
    public static EquatableArray<SpecError> ValidateApply(IEnumerable<StoredSpec> stored, IReadOnlyCollection<SourcedSpec> incoming)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(incoming);
        var replaced = incoming.Select(s => s.Spec.Name).ToHashSet(StringComparer.Ordinal);
        var kept = stored.Where(s => !replaced.Contains(s.Name)).OrderBy(s => s.Name, StringComparer.Ordinal).Select(SourcedSpec.FromStore);
        return Validate(kept.Concat(incoming));
    }

    private static SpecError At(SourcedSpec spec, string path, SourcePosition position, string message) =>
        new(spec.Source, path, position.Line, position.Column, message);
}
