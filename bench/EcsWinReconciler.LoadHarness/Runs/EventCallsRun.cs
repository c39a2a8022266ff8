using System.Globalization;
using EcsWinReconciler.LoadHarness.Account;
using EcsWinReconciler.LoadHarness.Reports;
using EcsWinReconciler.LoadHarness.Runtime;
using EcsWinReconciler.Sandbox.Scenarios;

namespace EcsWinReconciler.LoadHarness.Runs;

/// <summary>
/// The AWS calls of single task-state events through a bootstrap process on the healthy account: a cold process, then
/// the warm cases (the pinned test, tests/EcsWinReconciler.EndToEnd.Tests/TaskEventCallCountTests, asserts the same).
/// </summary>
internal static class EventCallsRun
{
    public static async Task<Section> RunAsync(FunctionBuild build, Measured measured, CancellationToken cancellationToken)
    {
        await using var account = await LoadAccount.StartAsync(ScenarioCatalog.Healthy, cancellationToken).ConfigureAwait(false);
        await using var function = await FunctionUnderTest.StartAsync(build, account, "task-state").ConfigureAwait(false);
        var events = Scenarios.RunningEvents(account);
        var (a, b) = (events[0], events[1]);
        var rows = new List<IReadOnlyList<string>>();

        async Task<SortedDictionary<string, int>> MeasureAsync(string what, string json, string? kind = null)
        {
            var before = account.Calls.Snapshot();
            var units = account.Calls.Units();
            var logged = function.Process.OutputBytes;
            var sent = TimeProvider.System.GetTimestamp();
            var (answer, _) = await function.InvokeAsync(json, TimeSpan.FromMinutes(1)).ConfigureAwait(false);
            await Task.Delay(50).ConfigureAwait(false); // the last log lines drain
            var calls = account.Calls.Since(before);
            rows.Add([what, calls.Values.Sum().ToString(CultureInfo.InvariantCulture), Markdown.Calls(calls)]);
            if (kind is not null)
            {
                measured.Events[kind] = new Invocation(calls.Values.Sum(), account.Calls.Units().Minus(units), function.Process.OutputBytes - logged,
                    Scenarios.Elapsed(sent, answer.ArrivedAt).TotalMilliseconds);
            }

            return calls;
        }

        await MeasureAsync("first event of a cold process (task A)", a.Json).ConfigureAwait(false);
        await MeasureAsync("first event of task B, same process (its host not read yet)", b.Json, Measured.EventKind.NewTask).ConfigureAwait(false);
        var warm = await MeasureAsync("task A's next event, nothing changed (warm)", EventBodies.WithVersion(a.Json, a.Version + 1), Measured.EventKind.Unchanged).ConfigureAwait(false);
        await MeasureAsync("task A's first event again (a redelivery)", a.Json, Measured.EventKind.Redelivered).ConfigureAwait(false);
        account.Sandbox.State.Write(w => w.NetworkInterfaces[w.Tasks[b.TaskArn].Eni!.NetworkInterfaceId!].Description = "edited by hand");
        var drifted = await MeasureAsync("task B's next event after its ENI drifted (finding recorded, below alert severity)", EventBodies.WithVersion(b.Json, b.Version + 1), Measured.EventKind.Changed).ConfigureAwait(false);

        var (warmTotal, driftedTotal) = (warm.Values.Sum(), drifted.Values.Sum());
        var driftedWrites = drifted.Where(c => c.Key is "dynamodb:PutItem" or "dynamodb:UpdateItem").Sum(c => c.Value);
        Target[] targets =
        [
            new("Warm task-state event, nothing changed", "≤ 2 calls, no write (floor 1)", $"{warmTotal}: {Markdown.Calls(warm)}",
                warmTotal <= 2 && warm.GetValueOrDefault("ec2:DescribeNetworkInterfaces") == 1 && !warm.Keys.Any(k => k is "dynamodb:PutItem" or "dynamodb:UpdateItem")),
            new("Warm task-state event, status changed", "≤ 2 calls: the ENI read, one conditional write", $"{driftedTotal}: {Markdown.Calls(drifted)}",
                driftedTotal <= 2 && driftedWrites <= 1),
        ];
        return new Section(
            "### Calls per task-state event (" + build.Name + " bootstrap, healthy account)\n\n" + Markdown.Table(["Event", "Calls", "Which"], rows),
            targets);
    }
}
