namespace EcsWinReconciler.Core.Linting;

/// <summary>
/// One lint result: which rule, how bad, where in the task definition (a JSON path; for a syntax error also the
/// 1-based <see cref="Line"/> and <see cref="Column"/> in the text), what is wrong and the fix.
/// </summary>
public sealed record LintFinding(string RuleId, LintSeverity Severity, string Path, string Message, string Fix)
{
    public int? Line { get; init; }

    public int? Column { get; init; }
}

/// <summary>Errors make <c>ewr lint</c> exit 1; warnings and notes do not.</summary>
public enum LintSeverity
{
    Note,
    Warning,
    Error,
}
