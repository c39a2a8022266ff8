namespace EcsWinReconciler.Core.Specs.Yaml;

/// <summary>A list.</summary>
internal sealed class SequenceNode(SourcePosition start, IReadOnlyList<DocNode> items) : DocNode(start)
{
    public IReadOnlyList<DocNode> Items { get; } = items;

    public override string Describe() => "a list";
}
