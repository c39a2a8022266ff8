namespace EcsWinReconciler.Cli.Output.Views;

// The JSON/YAML shapes of 'ewr lint'.

internal sealed record LintView(string File, int Errors, int Warnings, int Notes, IReadOnlyList<LintFindingView> Findings);

internal sealed record LintFindingView(string RuleId, string Severity, string Path, string Message, string Fix);

internal sealed record LintRuleView(string Id, string Severity, string Title);
