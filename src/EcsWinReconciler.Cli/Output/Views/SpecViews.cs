using EcsWinReconciler.Core.Specs;

namespace EcsWinReconciler.Cli.Output.Views;

// The JSON/YAML shapes of the spec commands (camelCase on the wire). Small records, kept together.

internal sealed record SpecErrorView(string Source, string Path, int Line, int Column, string Message)
{
    public static SpecErrorView From(SpecError error) => new(error.Source, error.Path, error.Line, error.Column, error.Message);
}

internal sealed record SpecRefView(string Name, string Cluster, string Family, string Source)
{
    public static SpecRefView From(SourcedSpec spec) =>
        new(spec.Spec.Name, spec.Spec.Spec.Selector.Cluster, spec.Spec.Spec.Selector.Family, Specs.SpecSources.Describe(spec));
}

internal sealed record ValidationView(bool Valid, IReadOnlyList<SpecRefView> Specs, IReadOnlyList<SpecErrorView> Errors);

/// <summary><c>outcome</c>: created, updated, unchanged, conflict (applied) or the same with <c>dryRun</c> true (only planned).</summary>
internal sealed record ApplyItemView(string Name, string Source, string Outcome, long Generation, long? StoredGeneration, string Diff);

internal sealed record ApplyView(bool DryRun, bool Valid, IReadOnlyList<ApplyItemView> Specs, IReadOnlyList<SpecErrorView> Errors);

internal sealed record SpecSummaryView(string Name, string Cluster, string Family, long Generation, bool Suspend, string? Description)
{
    public static SpecSummaryView From(StoredSpec stored) => new(
        stored.Name, stored.Spec.Spec.Selector.Cluster, stored.Spec.Spec.Selector.Family, stored.Generation, stored.Spec.Spec.Suspend, stored.Spec.Metadata.Description);
}

internal sealed record DeleteView(string Name, long Generation, string Outcome);
