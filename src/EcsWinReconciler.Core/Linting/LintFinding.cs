namespace EcsWinReconciler.Core.Linting;

/// <summary>One lint result: which rule, how bad, where in the task definition (a JSON path), what is wrong and the fix.</summary>
public sealed record LintFinding(string RuleId, LintSeverity Severity, string Path, string Message, string Fix);

/// <summary>Errors make <c>ewr lint</c> exit 1; warnings and notes do not.</summary>
public enum LintSeverity
{
    Note,
    Warning,
    Error,
}
