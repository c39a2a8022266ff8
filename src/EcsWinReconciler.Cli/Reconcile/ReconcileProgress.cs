using System.Globalization;
using EcsWinReconciler.Core.Reconciliation;
using EcsWinReconciler.Cli.Output.Tables;
using Spectre.Console;

namespace EcsWinReconciler.Cli.Reconcile;

/// <summary>
/// Progress over many tasks, on stderr: a live Spectre bar on a terminal, plain lines otherwise (CI logs, pipes),
/// one per batch. stdout is left to the result.
/// </summary>
internal static class ReconcileProgress
{
    private const int BarWidth = 20;

    public static async Task<RunSummary> TrackAsync(IAnsiConsole console, bool interactive, string title, int total, Func<Action<RunSummary>, Task<RunSummary>> work)
    {
        if (!interactive)
        {
            console.WriteLine($"{title}: {total} task(s)");
            return await work(s => console.WriteLine(Line(s, total))).ConfigureAwait(false);
        }

        // The description is cut at a word to leave the bar, the percentage and the spinner their room: a line
        // wider than the terminal would wrap, and a live display cannot redraw a wrapped line in place.
        var room = Math.Max(20, console.Profile.Width - BarWidth - 12);
        return await console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn { Width = BarWidth }, new PercentageColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var bar = context.AddTask(Markup.Escape(TextFit.Cut(title, room)), maxValue: Math.Max(total, 1));
                var summary = await work(s =>
                {
                    bar.Value = s.TasksSeen;
                    bar.Description = Markup.Escape(TextFit.Cut($"{title}: {Line(s, total)}", room));
                }).ConfigureAwait(false);
                bar.Value = bar.MaxValue;
                return summary;
            }).ConfigureAwait(false);
    }

    public static string Line(RunSummary summary, int total) => string.Create(CultureInfo.InvariantCulture,
        $"{summary.TasksSeen}/{total} tasks, {summary.Findings} finding(s), {summary.Failed} failure(s)");
}
