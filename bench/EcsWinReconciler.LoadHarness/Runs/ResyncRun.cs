using EcsWinReconciler.LoadHarness.Account;
using EcsWinReconciler.LoadHarness.Reports;
using EcsWinReconciler.LoadHarness.Runtime;
using EcsWinReconciler.Sandbox.Scenarios;
using Kind = EcsWinReconciler.LoadHarness.Reports.Measured.ResyncKind;

namespace EcsWinReconciler.LoadHarness.Runs;

/// <summary>
/// The resync at several sizes on <see cref="ScaleScenario"/> (with its five small services, every tenth task): one process
/// runs the first resync (every status new) and a second (nothing changed, every cache warm); a fresh process runs the
/// known fleet as the next scheduled resync finds it (every kept read expired); the five services' tasks then drift and a
/// fresh process finds them; last, a fresh process with a deadline too short to finish must stop cleanly and say how many
/// tasks are left. Calls are counted by operation; the slope compares the sizes.
/// </summary>
internal static class ResyncRun
{
    private static readonly TimeSpan CutDeadline = TimeSpan.FromSeconds(7);

    public static async Task<Section> RunAsync(FunctionBuild build, IReadOnlyList<int> sizes, Measured measured, CancellationToken cancellationToken)
    {
        var results = new List<SizeResult>();
        foreach (var size in sizes)
        {
            var result = await OneSizeAsync(build, size, cancellationToken).ConfigureAwait(false);
            results.Add(result);
            measured.Resyncs.AddRange(result.Passes);
        }

        return new Section(ResyncReport.Tables(build, results), ResyncReport.Targets(results));
    }

    private static async Task<SizeResult> OneSizeAsync(FunctionBuild build, int size, CancellationToken cancellationToken)
    {
        await using var account = await LoadAccount.StartAsync(ScaleScenario.Create(size, SharedCauses), cancellationToken).ConfigureAwait(false);
        var tasks = size + 2;
        var passes = new List<ResyncPass>();
        await using (var function = await FunctionUnderTest.StartAsync(build, account, "resync").ConfigureAwait(false))
        {
            passes.Add(await ResyncAsync(function, account, tasks, Kind.First, TimeSpan.FromMinutes(30), tasks).ConfigureAwait(false));
            passes.Add(await ResyncAsync(function, account, tasks, Kind.Warm, TimeSpan.FromMinutes(30), 0).ConfigureAwait(false));
        }

        await using (var fresh = await FunctionUnderTest.StartAsync(build, account, "resync").ConfigureAwait(false))
        {
            passes.Add(await ResyncAsync(fresh, account, tasks, Kind.Steady, TimeSpan.FromMinutes(30), 0).ConfigureAwait(false));
        }

        var drifted = account.Sandbox.State.Write(ScaleScenario.DriftSharedCauses);
        await using (var fresh = await FunctionUnderTest.StartAsync(build, account, "resync").ConfigureAwait(false))
        {
            passes.Add(await ResyncAsync(fresh, account, tasks, Kind.Drift, TimeSpan.FromMinutes(30), drifted).ConfigureAwait(false));
        }

        // A fresh process, and EWR_STOP_MARGIN_SECONDS is 5: a deadline 7 s away leaves about 2 s of work. On a machine too
        // busy to start the process and list the fleet in that time the function answers with an error: reported, not fatal.
        await using var late = await FunctionUnderTest.StartAsync(build, account, "resync").ConfigureAwait(false);
        ResyncPass? cut;
        try
        {
            cut = await ResyncAsync(late, account, tasks, Kind.Cut, CutDeadline, 0).ConfigureAwait(false);
        }
        catch (InvalidOperationException ex)
        {
            Console.Error.WriteLine($"== resync of {tasks} with a 7 s deadline failed: {ex.Message.Split('\n')[0]}");
            cut = null;
        }

        return new SizeResult(tasks, passes, cut);
    }

    /// <summary>The five small services of the scale scenario: 10 % of its tasks, the shared causes the drift pass finds.</summary>
    public const int SharedCauses = 5;

    /// <summary>One scheduled event to <paramref name="function"/>: what it cost, and what it answered.</summary>
    internal static async Task<ResyncPass> ResyncAsync(FunctionUnderTest function, LoadAccount account, int tasks, string kind, TimeSpan deadlineIn, int drifted)
    {
        var before = account.Calls.Snapshot();
        var units = account.Calls.Units();
        var logged = function.Process.OutputBytes;
        var sent = TimeProvider.System.GetTimestamp();
        var (answer, response) = await function.InvokeAsync(EventBodies.Schedule, deadlineIn).ConfigureAwait(false);
        var wall = Scenarios.Elapsed(sent, answer.ArrivedAt);
        await Task.Delay(50).ConfigureAwait(false); // the last log lines drain
        return new ResyncPass(tasks, kind, account.Calls.Since(before), account.Calls.Units().Minus(units), function.Process.OutputBytes - logged, wall,
            function.Process.PeakRssMiB() ?? double.NaN, drifted)
        {
            Seen = response.GetProperty("tasks").GetInt32(),
            Judged = response.GetProperty("judged").GetInt32(),
            Failed = response.GetProperty("failed").GetInt32(),
            Remaining = response.GetProperty("remaining").GetInt32(),
            FailedPlaces = response.TryGetProperty("failedPlaces", out var failed) ? [.. failed.EnumerateArray().Select(p => p.GetString() ?? string.Empty)] : [],
        };
    }
}

/// <summary>One size's passes, in order, and the deadline pass (null when the function could not answer in time).</summary>
internal sealed record SizeResult(int Tasks, IReadOnlyList<ResyncPass> Passes, ResyncPass? Cut)
{
    public ResyncPass Pass(string kind) => Passes.Single(p => p.Kind == kind);

    public double PeakRssMiB => Passes.Append(Cut).OfType<ResyncPass>().Max(p => p.PeakRssMiB);
}
