using EcsWinReconciler.Core.Specs;

namespace EcsWinReconciler.Cli.Specs;

/// <summary>Where a spec came from, as people read it: the file, and which document when the file holds several.</summary>
internal static class SpecSources
{
    public static string Describe(SourcedSpec spec) =>
        spec.DocumentIndex == 0 ? spec.Source : $"{spec.Source}, document {spec.DocumentIndex + 1}";
}
