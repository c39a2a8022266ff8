namespace EcsWinReconciler.Core.Specs.Yaml;

/// <summary>
/// One YAML document of a source. <see cref="Root"/> is null for an empty document (skipped) and for
/// one the parser could not finish (then <see cref="Problems"/> says why).
/// </summary>
internal sealed record ParsedDocument(int Index, SourcePosition Start, DocNode? Root, IReadOnlyList<NodeProblem> Problems)
{
    public bool IsEmpty => Root is null && Problems.Count == 0;
}
