using EcsWinReconciler.Cli.Output.Tables;
using EcsWinReconciler.Cli.Output.Views;
using EcsWinReconciler.Cli.Status;
using EcsWinReconciler.Core.Linting;

namespace EcsWinReconciler.Cli.Lint;

/// <summary>Lint findings and rules as tables or views. The fix, the message and the path move under the row on a narrow terminal.</summary>
internal static class LintOutput
{
    public static TableData Findings(string file, IEnumerable<LintFinding> findings)
    {
        var table = new TableData([
            Column.Key("RULE"), Column.Key("SEVERITY"), Column.Detail("WHERE", 5), Column.Detail("MESSAGE", 8), Column.Detail("FIX", 9),
        ]);
        foreach (var f in findings)
        {
            table.Add(f.RuleId, Severity(f.Severity), Where(file, f), f.Message, f.Fix);
        }

        return table;
    }

    public static TableData Rules(IEnumerable<LintRule> rules)
    {
        var table = new TableData([Column.Key("RULE"), Column.Key("SEVERITY"), Column.Wrap("TITLE", 1)]);
        foreach (var rule in rules)
        {
            table.Add(rule.Id, Severity(rule.Severity), rule.Title);
        }

        return table;
    }

    public static LintView View(string file, IReadOnlyList<LintFinding> findings) => new(
        file,
        findings.Count(f => f.Severity == LintSeverity.Error),
        findings.Count(f => f.Severity == LintSeverity.Warning),
        findings.Count(f => f.Severity == LintSeverity.Note),
        [.. findings.Select(f => new LintFindingView(f.RuleId, Word(f.Severity), f.Path, f.Message, f.Fix) { Line = f.Line, Column = f.Column })]);

    public static LintRuleView View(LintRule rule) => new(rule.Id, Word(rule.Severity), rule.Title);

    public static string Summary(LintView view) =>
        $"{view.File}: {view.Errors} error(s), {view.Warnings} warning(s), {view.Notes} note(s)";

    /// <summary>file:line:col (1-based) when the finding has a position in the text, else the JSON path.</summary>
    public static string Where(string file, LintFinding finding) =>
        finding.Line is { } line ? $"{file}:{line}:{finding.Column ?? 1}" : finding.Path;

    private static string Word(LintSeverity severity) => StatusViewMapper.Word(severity.ToString());

    private static Cell Severity(LintSeverity severity) => severity switch
    {
        LintSeverity.Error => new("error", CellStyle.Red),
        LintSeverity.Warning => new("warning", CellStyle.Yellow),
        _ => new("note", CellStyle.Dim),
    };
}
