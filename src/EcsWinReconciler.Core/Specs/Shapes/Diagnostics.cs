using EcsWinReconciler.Core.Specs.Yaml;

namespace EcsWinReconciler.Core.Specs.Shapes;

/// <summary>
/// The problems of one document, and the nodes found structurally wrong: the binder treats those as
/// unreadable and skips the checks that depend on them, so one mistake is reported once, not again as
/// a knock-on contradiction.
/// </summary>
internal sealed class Diagnostics
{
    private readonly List<NodeProblem> _problems = [];
    private readonly HashSet<DocNode> _broken = new(ReferenceEqualityComparer.Instance);

    public IReadOnlyList<NodeProblem> Problems => _problems;

    public bool HasProblems => _problems.Count > 0;

    public void Report(SourcePosition position, string path, string message) => _problems.Add(new NodeProblem(position, path, message));

    public void Report(DocNode node, string path, string message)
    {
        Report(node.Start, path, message);
        _broken.Add(node);
    }

    public void MarkBroken(DocNode node) => _broken.Add(node);

    public bool IsBroken(DocNode node) => _broken.Contains(node);
}
