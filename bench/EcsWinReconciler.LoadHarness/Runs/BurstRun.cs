using System.Globalization;
using EcsWinReconciler.LoadHarness.Account;
using EcsWinReconciler.LoadHarness.Reports;
using EcsWinReconciler.LoadHarness.Runtime;
using EcsWinReconciler.Sandbox.Scenarios;

namespace EcsWinReconciler.LoadHarness.Runs;

/// <summary>
/// A burst of task-state events through one warm bootstrap process, one after the other as one Lambda instance takes
/// them: every task's RUNNING event once to warm up, then rounds of each task's next event (version + round) until
/// <c>events</c> were sent. Latency is from queueing an event to its answer at the Runtime API.
/// </summary>
internal static class BurstRun
{
    public static async Task<Section> RunAsync(FunctionBuild build, int tasks, int events, Measured measured, CancellationToken cancellationToken)
    {
        await using var account = await LoadAccount.StartAsync(ScaleScenario.Create(tasks), cancellationToken).ConfigureAwait(false);
        await using var function = await FunctionUnderTest.StartAsync(build, account, "task-state").ConfigureAwait(false);
        var running = Scenarios.RunningEvents(account);
        foreach (var e in running)
        {
            await function.InvokeAsync(e.Json, TimeSpan.FromMinutes(1)).ConfigureAwait(false);
        }

        var before = account.Calls.Snapshot();
        var units = account.Calls.Units();
        var logged = function.Process.OutputBytes;
        var latencies = new List<double>(events);
        var failed = 0;
        var started = TimeProvider.System.GetTimestamp();
        for (var i = 0; i < events; i++)
        {
            var e = running[i % running.Count];
            var sent = TimeProvider.System.GetTimestamp();
            var (answer, response) = await function.InvokeAsync(EventBodies.WithVersion(e.Json, e.Version + 1 + (i / running.Count)), TimeSpan.FromMinutes(1)).ConfigureAwait(false);
            latencies.Add(Scenarios.Elapsed(sent, answer.ArrivedAt).TotalMilliseconds);
            failed += response.GetProperty("failed").GetInt32();
        }

        var wall = TimeProvider.System.GetElapsedTime(started);
        var calls = account.Calls.Since(before);
        var rss = function.Process.PeakRssMiB() ?? double.NaN;
        var rows = new List<IReadOnlyList<string>>
        {
            new[]
            {
                events.ToString("N0", CultureInfo.InvariantCulture), Markdown.Ms(wall), Markdown.N(events / wall.TotalSeconds, 0),
                Markdown.N(Markdown.Percentile(latencies, 50), 2) + " ms", Markdown.N(Markdown.Percentile(latencies, 99), 2) + " ms",
                Markdown.N(latencies.Max(), 1) + " ms", Markdown.N((double)calls.Values.Sum() / events, 3), failed.ToString(CultureInfo.InvariantCulture),
                Markdown.N(rss, 1) + " MiB",
            },
        };
        var perEvent = (double)calls.Values.Sum() / events;
        var capacity = account.Calls.Units().Minus(units);
        measured.BurstEvent = new Invocation(perEvent, new(capacity.Writes / events, capacity.StrongReads / events, capacity.EventualReads / events),
            (double)(function.Process.OutputBytes - logged) / events, Markdown.Percentile(latencies, 50));
        Target[] targets =
        [
            new($"Burst of {events:N0} warm task-state events", "events/s, p50/p99, calls per event reported",
                $"{Markdown.N(events / wall.TotalSeconds, 0)} events/s, p50 {Markdown.N(Markdown.Percentile(latencies, 50), 2)} ms, p99 {Markdown.N(Markdown.Percentile(latencies, 99), 2)} ms, {Markdown.N(perEvent, 3)} calls/event", null),
        ];
        return new Section($"### Burst of task-state events ({build.Name} bootstrap, one process, {running.Count} tasks warmed up first, events sent one after the other)\n\n" +
               Markdown.Table(["Events", "Wall time", "Events/s", "p50", "p99", "Max", "Calls per event", "Failed", "Peak RSS"], rows) +
               "\nCalls during the burst: " + Markdown.Calls(calls) + "\n", targets);
    }
}
