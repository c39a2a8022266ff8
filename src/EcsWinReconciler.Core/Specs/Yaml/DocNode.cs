namespace EcsWinReconciler.Core.Specs.Yaml;

/// <summary>
/// A node of a parsed spec document with its position. The reader keeps its own tree (rather than
/// YamlDotNet's representation model) so that scalars stay as written, duplicate keys survive to be
/// reported, and every node knows where it came from.
/// </summary>
internal abstract class DocNode(SourcePosition start)
{
    public SourcePosition Start { get; } = start;

    /// <summary>What the node is, for "expected X, got Y" messages.</summary>
    public abstract string Describe();
}
