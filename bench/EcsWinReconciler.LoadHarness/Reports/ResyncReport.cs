using System.Globalization;
using System.Text;
using EcsWinReconciler.LoadHarness.Runs;
using EcsWinReconciler.LoadHarness.Runtime;
using EcsWinReconciler.Sandbox.Scenarios;
using Kind = EcsWinReconciler.LoadHarness.Reports.Measured.ResyncKind;

namespace EcsWinReconciler.LoadHarness.Reports;

/// <summary>The resync section's tables and the targets of issues 7 and 17 it measures.</summary>
internal static class ResyncReport
{
    private const string DescribeTasks = "ecs:DescribeTasks";

    public static IReadOnlyList<Target> Targets(IReadOnlyList<SizeResult> results)
    {
        var large = results[^1];
        var targets = new List<Target>
        {
            new($"Resync of {large.Tasks} tasks, first: DescribeTasks", $"≤ ⌈N/100⌉ = {(large.Tasks + 99) / 100}",
                large.Pass(Kind.First).Count(DescribeTasks).ToString(CultureInfo.InvariantCulture), large.Pass(Kind.First).Count(DescribeTasks) <= (large.Tasks + 99) / 100),
        };
        var steady = large.Pass(Kind.Steady);
        var due = (int)Math.Ceiling(large.Tasks / 12.0 / 100) + (large.Tasks + 999) / 1000;
        targets.Add(new($"Resync of {large.Tasks} known tasks: DescribeTasks", $"none for unchanged tasks; only the twelfth due for confirmation (≤ {due})",
            steady.Count(DescribeTasks).ToString(CultureInfo.InvariantCulture), steady.Count(DescribeTasks) <= due));
        if (results.Count >= 2)
        {
            var slope = Slope(results, Kind.Steady);
            targets.Add(new($"Healthy resync slope per task ({results[0].Tasks} → {large.Tasks}), known fleet, fresh process", "≤ 0.015",
                $"{Markdown.N(slope, 4)} (warm process: {Markdown.N(Slope(results, Kind.Warm), 4)})", slope <= 0.015));
        }

        var first = large.Pass(Kind.First);
        var perTask = (double)first.Total / large.Tasks;
        targets.Add(new($"First resync of {large.Tasks} tasks, calls per task", "≤ 1.05 (floor: one conditional write per task)",
            $"{Markdown.N(perTask, 3)} ({first.Count("dynamodb:PutItem")} writes, {first.Count("dynamodb:GetItem")} GetItem)", perTask <= 1.05));
        var drift = large.Pass(Kind.Drift);
        var beyond = (double)(drift.Total - drift.Drifted) / large.Tasks;
        targets.Add(new($"Resync of {large.Tasks} tasks, {drift.Drifted} drifted through {ResyncRun.SharedCauses} shared causes: calls per task beyond the status writes",
            "≤ 0.03", $"{Markdown.N(beyond, 4)} ({drift.Total} calls, {drift.Drifted} status writes)", beyond <= 0.03));
        targets.Add(new("Resync peak RSS (any resync process)", "≤ 100 MB", $"{Markdown.N(large.PeakRssMiB, 1)} MiB at {large.Tasks} tasks", large.PeakRssMiB <= 100));
        targets.Add(large.Cut is { } cut
            ? new($"Resync of {large.Tasks} tasks with 2 s left after the stop margin", "stops in time, reports what is left",
                $"answered after {Markdown.Ms(cut.Wall)} of the 7 s, {cut.Remaining} left", cut.Wall < TimeSpan.FromSeconds(7) && (cut.Remaining > 0 || cut.Seen == large.Tasks))
            : new($"Resync of {large.Tasks} tasks with 2 s left after the stop margin", "stops in time, reports what is left", "the function could not answer in time (machine too busy)", false));
        targets.Add(new($"Resync of {large.Tasks} known tasks, wall time", "reported", $"{Markdown.Ms(steady.Wall)} (fresh process), {Markdown.Ms(large.Pass(Kind.Warm).Wall)} (warm)", null));
        return targets;
    }

    public static string Tables(FunctionBuild build, IReadOnlyList<SizeResult> results)
    {
        var text = new StringBuilder(
            $"### Resync ({build.Name} bootstrap, {ScaleScenario.Family} on {ScaleScenario.HostType.Name} hosts, {ScaleScenario.TasksPerHost} tasks each, " +
            $"every tenth in one of {ResyncRun.SharedCauses} small services, plus the 2 baseline tasks)\n\n");
        var rows = results.SelectMany(r => r.Passes.Append(r.Cut).OfType<ResyncPass>().Select(p => Row(r, p)));
        text.Append(Markdown.Table(["Tasks", "Resync", "Wall time", "Tasks seen / judged / failed / left", "Calls", "Calls per task", "DescribeTasks", "Peak RSS of the process"], [.. rows]));
        if (results.Count >= 2)
        {
            var (small, large) = (results[0], results[^1]);
            text.Append(CultureInfo.InvariantCulture,
                $"\nSlope of total calls per task between {small.Tasks} and {large.Tasks} tasks: **{Markdown.N(Slope(results, Kind.Steady), 4)}** for a known fleet in a fresh process " +
                $"(every kept read expired, as 15 minutes later), {Markdown.N(Slope(results, Kind.Warm), 4)} in the warm process, {Markdown.N(Slope(results, Kind.First), 4)} on the first resync (one status write per task).\n");
        }

        text.Append("\nCalls by operation:\n\n");
        var passes = results.SelectMany(r => r.Passes.Select(p => (r.Tasks, Pass: p))).ToList();
        var operations = passes.SelectMany(p => p.Pass.Calls.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
        List<string> headers = ["Operation", .. passes.Select(p => $"{p.Tasks} {Short(p.Pass.Kind)}")];
        text.Append(Markdown.Table(headers, operations.Select(op => (IReadOnlyList<string>)[op, .. passes.Select(p => p.Pass.Count(op).ToString(CultureInfo.InvariantCulture))])));
        return text.ToString();
    }

    private static double Slope(IReadOnlyList<SizeResult> results, string kind)
    {
        var (small, large) = (results[0].Pass(kind), results[^1].Pass(kind));
        return (double)(large.Total - small.Total) / (large.Tasks - small.Tasks);
    }

    private static string Short(string kind) => kind switch
    {
        Kind.First => "first",
        Kind.Warm => "warm",
        Kind.Steady => "known",
        Kind.Drift => "drift",
        _ => kind,
    };

    private static IReadOnlyList<string> Row(SizeResult result, ResyncPass pass) =>
    [
        result.Tasks.ToString(CultureInfo.InvariantCulture),
        pass.Kind == Kind.Cut ? "new process, deadline in 7 s (2 s after the stop margin)" : pass.Kind,
        Markdown.Ms(pass.Wall),
        $"{pass.Seen} / {pass.Judged} / {pass.Failed} / {pass.Remaining}",
        pass.Total.ToString(CultureInfo.InvariantCulture),
        Markdown.N((double)pass.Total / result.Tasks, 3),
        pass.Count(DescribeTasks).ToString(CultureInfo.InvariantCulture),
        Markdown.N(pass.PeakRssMiB, 1) + " MiB",
    ];
}
