namespace EcsWinReconciler.Cli.Output.Views;

// The JSON/YAML shapes of 'ewr lint'.

internal sealed record LintView(string File, int Errors, int Warnings, int Notes, IReadOnlyList<LintFindingView> Findings);

/// <summary><see cref="Line"/> and <see cref="Column"/> (1-based) only for findings with a position in the text (JSON syntax errors).</summary>
internal sealed record LintFindingView(string RuleId, string Severity, string Path, string Message, string Fix)
{
    public int? Line { get; init; }

    public int? Column { get; init; }
}

internal sealed record LintRuleView(string Id, string Severity, string Title);
