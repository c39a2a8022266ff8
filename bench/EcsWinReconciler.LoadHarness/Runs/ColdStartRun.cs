using EcsWinReconciler.LoadHarness.Account;
using EcsWinReconciler.LoadHarness.Reports;
using EcsWinReconciler.LoadHarness.Runtime;
using EcsWinReconciler.Sandbox.Scenarios;

namespace EcsWinReconciler.LoadHarness.Runs;

/// <summary>
/// Cold start: each build started as a fresh process against the loopback Runtime API and timed from process start to its
/// first answered event — a real task-state event reconciled against the sandbox and dynalite (all reads cold). Then one
/// warm event in the same process. The builds alternate run by run so a noisy neighbour hits both alike.
/// </summary>
internal static class ColdStartRun
{
    public static async Task<Section> RunAsync(IReadOnlyList<FunctionBuild> builds, int runs, Measured measured, CancellationToken cancellationToken)
    {
        await using var account = await LoadAccount.StartAsync(ScenarioCatalog.Healthy, cancellationToken).ConfigureAwait(false);
        var template = Scenarios.RunningEvents(account)[0];
        var samples = builds.ToDictionary(b => b.Name, _ => new List<Sample>(), StringComparer.Ordinal);
        var version = template.Version;
        for (var run = 0; run < runs; run++)
        {
            foreach (var build in builds)
            {
                samples[build.Name].Add(await OneAsync(build, account, template.Json, version += 2).ConfigureAwait(false));
            }
        }

        var rows = builds.Select(b => Row(b, samples[b.Name])).ToList();
        var text = $"### Cold start ({runs} runs per build, medians; min–max in brackets)\n\n" +
                   Markdown.Table(["Build", "Binary", "Start → first poll (init)", "Start → first event answered", "Warm event", "Peak RSS (VmHWM)"], rows);
        var aot = samples[builds[0].Name];
        var rss = aot.Max(s => s.PeakRssMiB);
        measured.Cold = new ColdStart(Markdown.Median([.. aot.Select(s => s.Init.TotalMilliseconds)]), Markdown.Median([.. aot.Select(s => s.FirstAnswer.TotalMilliseconds)]), rss);
        var targets = new List<Target> { new("AOT peak RSS, process start to a warm event", "≤ 40 MB", $"{Markdown.N(rss, 1)} MiB (highest of {runs} runs)", rss <= 40) };
        if (builds.Count == 2)
        {
            var ratio = Markdown.Median([.. aot.Select(s => s.FirstAnswer.TotalMilliseconds)]) /
                        Markdown.Median([.. samples[builds[1].Name].Select(s => s.FirstAnswer.TotalMilliseconds)]);
            text += $"\n{builds[0].Name} / {builds[1].Name}, start → first event answered (medians): **{Markdown.N(ratio, 3)}** (1/{Markdown.N(1 / ratio, 1)}).\n";
            targets.Insert(0, new("Cold start, AOT vs JIT (start → first answered event, medians)", "AOT ≤ 1/10 of JIT",
                $"{Markdown.N(Markdown.Median([.. aot.Select(s => s.FirstAnswer.TotalMilliseconds)]), 0)} ms vs {Markdown.N(Markdown.Median([.. samples[builds[1].Name].Select(s => s.FirstAnswer.TotalMilliseconds)]), 0)} ms = 1/{Markdown.N(1 / ratio, 1)}",
                ratio <= 0.1));
        }

        return new Section(text, targets);
    }

    private static async Task<Sample> OneAsync(FunctionBuild build, LoadAccount account, string json, long version)
    {
        var t0 = TimeProvider.System.GetUtcNow();
        var seq = account.Sandbox.Calls.Total;
        await using var function = await FunctionUnderTest.StartAsync(build, account, "task-state").ConfigureAwait(false);
        var (first, _) = await function.InvokeAsync(EventBodies.WithVersion(json, version), TimeSpan.FromMinutes(2)).ConfigureAwait(false);
        // EWR_BENCH_TRACE=1: when each sandbox call of the first event was answered, relative to the process start.
        if (System.Environment.GetEnvironmentVariable("EWR_BENCH_TRACE") is not null)
        {
            foreach (var r in account.Sandbox.Calls.Records().Where(r => r.Sequence > seq))
            {
                Console.Error.WriteLine($"{build.Name} {(r.At - t0).TotalMilliseconds,8:F1} ms {r.Service}:{r.Operation}");
            }

            Console.Error.WriteLine($"{build.Name} answered at {Scenarios.Elapsed(function.Process.StartedAt, first.ArrivedAt).TotalMilliseconds:F1} ms");
        }

        var started = function.Process.StartedAt;
        var polled = await function.FirstPoll.ConfigureAwait(false);
        var sent = TimeProvider.System.GetTimestamp();
        var (second, _) = await function.InvokeAsync(EventBodies.WithVersion(json, version + 1), TimeSpan.FromMinutes(1)).ConfigureAwait(false);
        var rss = function.Process.PeakRssMiB() ?? double.NaN;
        return new Sample(Scenarios.Elapsed(started, polled), Scenarios.Elapsed(started, first.ArrivedAt), Scenarios.Elapsed(sent, second.ArrivedAt), rss);
    }

    private static IReadOnlyList<string> Row(FunctionBuild build, List<Sample> samples) =>
    [
        build.Name,
        Size(build),
        Spread(samples.Select(s => s.Init.TotalMilliseconds).ToList(), " ms"),
        Spread(samples.Select(s => s.FirstAnswer.TotalMilliseconds).ToList(), " ms"),
        Spread(samples.Select(s => s.Warm.TotalMilliseconds).ToList(), " ms", 1),
        Spread(samples.Select(s => s.PeakRssMiB).ToList(), " MiB", 1),
    ];

    private static string Spread(List<double> values, string unit, int decimals = 0) =>
        $"{Markdown.N(Markdown.Median(values), decimals)}{unit} [{Markdown.N(values.Min(), decimals)}–{Markdown.N(values.Max(), decimals)}]";

    private static string Size(FunctionBuild build)
    {
        var bytes = build.IsJit
            ? new DirectoryInfo(Path.GetDirectoryName(build.Path)!).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length)
            : new FileInfo(build.Path).Length;
        return Markdown.N(bytes / 1024.0 / 1024.0, 1) + (build.IsJit ? " MiB (folder, + shared runtime)" : " MiB");
    }

    private sealed record Sample(TimeSpan Init, TimeSpan FirstAnswer, TimeSpan Warm, double PeakRssMiB);
}
