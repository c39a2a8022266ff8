using EcsWinReconciler.Cli.Output;
using EcsWinReconciler.Cli.Output.Views;
using EcsWinReconciler.Cli.Status;
using EcsWinReconciler.Core.Linting;
using Spectre.Console;

namespace EcsWinReconciler.Cli.Lint;

/// <summary>Lint findings and rules as tables or views.</summary>
internal static class LintOutput
{
    public static Table Findings(IEnumerable<LintFinding> findings)
    {
        var table = Tables.Create(["RULE", "SEVERITY", "PATH", "MESSAGE", "FIX"], "MESSAGE", "FIX");
        foreach (var f in findings)
        {
            table.AddRow(new Text(f.RuleId), new Markup(Severity(f.Severity)), new Text(f.Path), new Text(f.Message), new Text(f.Fix));
        }

        return table;
    }

    public static Table Rules(IEnumerable<LintRule> rules)
    {
        var table = Tables.Create(["RULE", "SEVERITY", "TITLE"], "TITLE");
        foreach (var rule in rules)
        {
            table.AddRow(new Text(rule.Id), new Markup(Severity(rule.Severity)), new Text(rule.Title));
        }

        return table;
    }

    public static LintView View(string file, IReadOnlyList<LintFinding> findings) => new(
        file,
        findings.Count(f => f.Severity == LintSeverity.Error),
        findings.Count(f => f.Severity == LintSeverity.Warning),
        findings.Count(f => f.Severity == LintSeverity.Note),
        [.. findings.Select(f => new LintFindingView(f.RuleId, Word(f.Severity), f.Path, f.Message, f.Fix))]);

    public static LintRuleView View(LintRule rule) => new(rule.Id, Word(rule.Severity), rule.Title);

    public static string Summary(LintView view) =>
        $"{view.File}: {view.Errors} error(s), {view.Warnings} warning(s), {view.Notes} note(s)";

    private static string Word(LintSeverity severity) => StatusViewMapper.Word(severity.ToString());

    private static string Severity(LintSeverity severity) => severity switch
    {
        LintSeverity.Error => "[red]error[/]",
        LintSeverity.Warning => "[yellow]warning[/]",
        _ => "[grey]note[/]",
    };
}
