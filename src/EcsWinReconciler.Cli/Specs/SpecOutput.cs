using EcsWinReconciler.Cli.Hosting;
using EcsWinReconciler.Cli.Output;
using EcsWinReconciler.Cli.Output.Tables;
using EcsWinReconciler.Cli.Output.Views;
using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.Core.Specs;
using Spectre.Console;

namespace EcsWinReconciler.Cli.Specs;

/// <summary>How the spec commands show errors, diffs and outcomes: for people (tables, colour) or as JSON/YAML.</summary>
internal sealed class SpecOutput(CommandContext context)
{
    /// <summary>Every error with file:line:col and path, then what was not done; exit 2.</summary>
    public int Invalid(IReadOnlyCollection<SpecError> errors, IReadOnlyCollection<SourcedSpec> valid, string notDone)
    {
        if (context.Format != OutputFormat.Table)
        {
            context.WriteData(new ValidationView(false, [.. valid.Select(SpecRefView.From)], [.. errors.Select(SpecErrorView.From)]), CliJson.Default.ValidationView);
        }
        else
        {
            foreach (var error in errors)
            {
                ErrorReporter.Line(context.Host.Error, $"{error.Source}:{error.Line}:{error.Column}: ", error.Text, context.ErrorWidth);
            }

            var sources = errors.Select(e => e.Source).Distinct(StringComparer.Ordinal).ToList();
            ErrorReporter.Write(context.Host.Error, $"{Count(errors.Count, "error")} in {string.Join(", ", sources)}; {notDone}",
                "fix every error listed (file:line:column: path: message) and run again; 'ewr spec validate -f …' checks without AWS, and 'ewr spec schema' gives editors the schema",
                context.ErrorWidth);
        }

        return ExitCodes.Usage;
    }

    /// <summary>The unified diffs, one line each as in git diff: wrapping would leave continuations without their sign.</summary>
    public void Diffs(IEnumerable<SpecChange> changes)
    {
        foreach (var line in changes.SelectMany(c => c.Diff()))
        {
            context.Verbatim(line, Style(line));
        }
    }

    public void Planned(SpecChange change) => context.Out.MarkupLine(change switch
    {
        { IsNew: true } => $"spec/{Esc(change.Name)} [green]would be created[/] (generation 1; dry run, nothing stored)",
        { IsUnchanged: true } => $"spec/{Esc(change.Name)} unchanged (generation {change.ExpectedGeneration})",
        _ => $"spec/{Esc(change.Name)} [yellow]would be updated[/] (generation {change.ExpectedGeneration} → {change.ExpectedGeneration + 1}; dry run, nothing stored)",
    });

    public void Applied(SpecApplied applied)
    {
        var name = $"spec/{Esc(applied.Change.Name)}";
        context.Out.MarkupLine(applied.Result.Outcome switch
        {
            SpecApplyOutcome.Created => $"{name} [green]created[/] (generation {applied.Result.Generation})",
            SpecApplyOutcome.Updated => $"{name} [yellow]updated[/] (generation {applied.Change.ExpectedGeneration} → {applied.Result.Generation})",
            SpecApplyOutcome.Unchanged => $"{name} unchanged (generation {applied.Result.Generation})",
            _ => $"{name} [red]conflict[/]: changed by another apply since it was read (generation {applied.Change.ExpectedGeneration}, now {applied.Result.Generation}); nothing was overwritten",
        });
    }

    public static ApplyItemView View(SpecChange change, SpecApplyResult? result) => new(
        change.Name,
        SpecSources.Describe(change.Incoming),
        result is null ? PlannedOutcome(change) : result.Outcome.ToString().ToLowerInvariant(),
        result?.Generation ?? (change.IsUnchanged ? change.ExpectedGeneration : change.ExpectedGeneration + 1),
        change.Stored?.Generation,
        string.Join("\n", change.Diff()));

    public static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    private static string PlannedOutcome(SpecChange change) => change.IsNew ? "created" : change.IsUnchanged ? "unchanged" : "updated";

    private static CellStyle Style(string line) => line switch
    {
        _ when line.StartsWith("---", StringComparison.Ordinal) || line.StartsWith("+++", StringComparison.Ordinal) => CellStyle.Bold,
        _ when line.StartsWith("@@", StringComparison.Ordinal) => CellStyle.Cyan,
        _ when line.StartsWith('-') => CellStyle.Red,
        _ when line.StartsWith('+') => CellStyle.Green,
        _ => CellStyle.Plain,
    };

    private static string Esc(string text) => Markup.Escape(text);
}
