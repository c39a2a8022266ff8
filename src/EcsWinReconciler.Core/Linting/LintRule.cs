namespace EcsWinReconciler.Core.Linting;

/// <summary>A lint rule: stable id, severity, one-line title, and the check itself.</summary>
public sealed record LintRule(string Id, LintSeverity Severity, string Title, Func<TaskDefinitionView, IEnumerable<(string Path, string Message, string Fix)>> Check)
{
    public IEnumerable<LintFinding> Evaluate(TaskDefinitionView view) =>
        Check(view).Select(r => new LintFinding(Id, Severity, r.Path, r.Message, r.Fix));
}
