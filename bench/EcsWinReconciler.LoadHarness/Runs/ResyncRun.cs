using System.Globalization;
using System.Text;
using EcsWinReconciler.LoadHarness.Account;
using EcsWinReconciler.LoadHarness.Reports;
using EcsWinReconciler.LoadHarness.Runtime;
using EcsWinReconciler.Sandbox.Scenarios;

namespace EcsWinReconciler.LoadHarness.Runs;

/// <summary>
/// The resync at several sizes on <see cref="ScaleScenario"/>: one bootstrap process per size runs the first resync (every
/// status new), a second one (nothing changed), then one with a deadline too short to finish, which must stop cleanly and
/// say how many tasks are left. Calls are counted by operation; the slope compares the sizes' second resyncs.
/// </summary>
internal static class ResyncRun
{
    public static async Task<Section> RunAsync(FunctionBuild build, IReadOnlyList<int> sizes, CancellationToken cancellationToken)
    {
        var results = new List<SizeResult>();
        foreach (var size in sizes)
        {
            results.Add(await OneSizeAsync(build, size, cancellationToken).ConfigureAwait(false));
        }

        return new Section(Report(build, results), Targets(results));
    }

    private static IReadOnlyList<Target> Targets(List<SizeResult> results)
    {
        var targets = results.Select(r => new Target(
            $"Resync of {r.Tasks} tasks: DescribeTasks", $"≤ ⌈N/100⌉ = {(r.Tasks + 99) / 100}",
            $"{r.First.Calls.GetValueOrDefault("ecs:DescribeTasks")} (first), {r.Second.Calls.GetValueOrDefault("ecs:DescribeTasks")} (second)",
            Math.Max(r.First.Calls.GetValueOrDefault("ecs:DescribeTasks"), r.Second.Calls.GetValueOrDefault("ecs:DescribeTasks")) <= (r.Tasks + 99) / 100)).ToList();
        if (results.Count >= 2)
        {
            var (small, large) = (results[0], results[^1]);
            var slope = (double)(small.Second.Total - large.Second.Total) / (small.Tasks - large.Tasks);
            targets.Add(new($"Resync total calls, slope per task ({small.Tasks} → {large.Tasks}), nothing changed", "≤ 0.02", Markdown.N(slope, 4), slope <= 0.02));
        }

        var peak = results.Max(r => Math.Max(r.First.PeakRssMiB, r.Second.PeakRssMiB));
        targets.Add(new("Resync peak RSS (process running a first and a second resync)", "≤ 100 MB", $"{Markdown.N(peak, 1)} MiB at {results[^1].Tasks} tasks", peak <= 100));
        var cut = results[^1].Cut;
        targets.Add(new($"Resync of {results[^1].Tasks} tasks with 2 s left after the stop margin", "stops in time, reports what is left",
            $"answered after {Markdown.Ms(cut.Wall)} of the 7 s, {cut.Remaining} left", cut.Wall < CutDeadline && (cut.Remaining > 0 || cut.Tasks == results[^1].Tasks)));
        targets.Add(new($"Resync of {results[^1].Tasks} tasks, nothing changed", "wall time reported", Markdown.Ms(results[^1].Second.Wall), null));
        return targets;
    }

    private static async Task<SizeResult> OneSizeAsync(FunctionBuild build, int size, CancellationToken cancellationToken)
    {
        await using var account = await LoadAccount.StartAsync(ScaleScenario.Create(size), cancellationToken).ConfigureAwait(false);
        Pass first, second;
        await using (var function = await FunctionUnderTest.StartAsync(build, account, "resync").ConfigureAwait(false))
        {
            first = await ResyncAsync(function, account, TimeSpan.FromMinutes(30)).ConfigureAwait(false);
            second = await ResyncAsync(function, account, TimeSpan.FromMinutes(30)).ConfigureAwait(false);
        }

        // A fresh process (cold caches), and EWR_STOP_MARGIN_SECONDS is 5: a deadline 7 s away leaves about 2 s of work.
        await using var late = await FunctionUnderTest.StartAsync(build, account, "resync").ConfigureAwait(false);
        var cut = await ResyncAsync(late, account, CutDeadline).ConfigureAwait(false);
        return new SizeResult(size + 2, first, second, cut);
    }

    private static readonly TimeSpan CutDeadline = TimeSpan.FromSeconds(7);

    private static async Task<Pass> ResyncAsync(FunctionUnderTest function, LoadAccount account, TimeSpan deadlineIn)
    {
        var before = account.Calls.Snapshot();
        var sent = TimeProvider.System.GetTimestamp();
        var (answer, response) = await function.InvokeAsync(EventBodies.Schedule, deadlineIn).ConfigureAwait(false);
        return new Pass(Scenarios.Elapsed(sent, answer.ArrivedAt), account.Calls.Since(before),
            response.GetProperty("tasks").GetInt32(), response.GetProperty("judged").GetInt32(), response.GetProperty("failed").GetInt32(), response.GetProperty("remaining").GetInt32(),
            function.Process.PeakRssMiB() ?? double.NaN);
    }

    private static string Report(FunctionBuild build, List<SizeResult> results)
    {
        var text = new StringBuilder($"### Resync ({build.Name} bootstrap, {ScaleScenario.Family} on {ScaleScenario.HostType.Name} hosts, {ScaleScenario.TasksPerHost} tasks each, plus the 2 baseline tasks)\n\n");
        var rows = results.SelectMany(r => new[] { Row(r, "first (all statuses new)", r.First), Row(r, "second (nothing changed)", r.Second), Row(r, "new process, deadline in 7 s (2 s after the stop margin)", r.Cut) });
        text.Append(Markdown.Table(["Tasks", "Resync", "Wall time", "Tasks seen / judged / failed / left", "Calls", "Calls per task", "DescribeTasks (≤ ⌈N/100⌉)", "Peak RSS of the process so far"], [.. rows]));
        if (results.Count >= 2)
        {
            var (small, large) = (results[0], results[^1]);
            var slope = (double)(small.Second.Total - large.Second.Total) / (small.Tasks - large.Tasks);
            var firstSlope = (double)(small.First.Total - large.First.Total) / (small.Tasks - large.Tasks);
            text.Append(CultureInfo.InvariantCulture, $"\nSlope of total calls per task between {small.Tasks} and {large.Tasks} tasks: **{Markdown.N(slope, 4)}** when nothing changed, {Markdown.N(firstSlope, 4)} on the first resync (one status write per task).\n");
        }

        text.Append("\nCalls by operation:\n\n");
        var operations = results.SelectMany(r => r.First.Calls.Keys.Concat(r.Second.Calls.Keys)).Distinct().Order(StringComparer.Ordinal).ToList();
        var headers = new List<string> { "Operation" };
        headers.AddRange(results.SelectMany(r => new[] { $"{r.Tasks} first", $"{r.Tasks} second" }));
        text.Append(Markdown.Table(headers, operations.Select(op => (IReadOnlyList<string>)[op, .. results.SelectMany(r => new[] { Count(r.First, op), Count(r.Second, op) })])));
        return text.ToString();
    }

    private static IReadOnlyList<string> Row(SizeResult result, string which, Pass pass) =>
    [
        result.Tasks.ToString(CultureInfo.InvariantCulture),
        which,
        Markdown.Ms(pass.Wall),
        $"{pass.Tasks} / {pass.Judged} / {pass.Failed} / {pass.Remaining}",
        pass.Total.ToString(CultureInfo.InvariantCulture),
        Markdown.N((double)pass.Total / result.Tasks, 3),
        $"{pass.Calls.GetValueOrDefault("ecs:DescribeTasks")} (≤ {(result.Tasks + 99) / 100})",
        Markdown.N(pass.PeakRssMiB, 1) + " MiB",
    ];

    private static string Count(Pass pass, string operation) => pass.Calls.GetValueOrDefault(operation).ToString(CultureInfo.InvariantCulture);

    private sealed record Pass(TimeSpan Wall, SortedDictionary<string, int> Calls, int Tasks, int Judged, int Failed, int Remaining, double PeakRssMiB)
    {
        public int Total => Calls.Values.Sum();
    }

    private sealed record SizeResult(int Tasks, Pass First, Pass Second, Pass Cut);
}
