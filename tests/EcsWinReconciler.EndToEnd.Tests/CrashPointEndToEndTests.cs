using EcsWinReconciler.Core.Planning;
using EcsWinReconciler.Core.Reconciliation;
using EcsWinReconciler.TestSupport.Crashes;
using EcsWinReconciler.TestSupport.Dynamo;
using Microsoft.Extensions.Logging.Abstractions;

namespace EcsWinReconciler.EndToEnd.Tests;

/// <summary>
/// Issue 18, crash points on the real path: a resync through every real adapter (sandbox, dynalite) is killed right after
/// each of its writes landed (the answer never came back), and before each of its EC2/ECS changes; a new environment then
/// recovers (the invocation retried, then resyncs past every lease and budget window). Every k over every scenario is the
/// Core's job (<c>CrashPointTests</c>); here the stores' real conditional writes, keys and caches take the kills.
/// </summary>
[Collection(DynaliteFixture.Collection)]
public sealed class CrashPointEndToEndTests(DynaliteFixture dynamo, Xunit.Abstractions.ITestOutputHelper output)
{
    private const string Scenario = "rdp-open+wrong-security-groups+dns-hostnames-off";

    [Fact]
    public async Task KilledAfterEachWriteAndBeforeEachChange_RecoveryEndsAsWithoutTheKill()
    {
        var (reference, calls) = await RunAsync(CrashPlan.Never);
        var points = calls.Where(c => c.Writes).Select(c => (c, CrashMoment.AfterTheCallApplied))
            .Concat(calls.Where(c => c.Name.StartsWith("act.", StringComparison.Ordinal)).Select(c => (c, CrashMoment.BeforeTheCall)))
            .ToList();

        var broken = new List<string>();
        foreach (var (call, moment) in points)
        {
            using var plan = new CrashPlan(call.Number, moment);
            var (crashed, _) = await RunAsync(plan);
            Assert.Equal(call.Name, plan.CrashedAt?.Name);
            broken.AddRange(Compare(crashed, reference).Select(b => $"killed {moment} {call}: {b}"));
        }

        output.WriteLine($"{calls.Count} port calls, {calls.Count(c => c.Writes)} writes; {points.Count} crash points tried on the real path, {broken.Count} broken");
        Assert.True(broken.Count == 0, string.Join("\n", broken));
        Assert.True(points.Count >= 10, $"only {points.Count} crash points");
    }

    private async Task<(EndState End, IReadOnlyList<PortCall> Calls)> RunAsync(CrashPlan plan)
    {
        await using var account = await LocalAccount.StartAsync(dynamo, Scenario, test: $"Crash{plan.CrashAt}{plan.Moment}");
        var killed = new Reconciler(CrashingPorts.Wrap(account.NewInstance().Ports, plan), ReconcilerOptions.Default, account.Time, NullLogger<Reconciler>.Instance);
        try
        {
            await killed.ResyncAsync(await killed.SelectionsOfAllSpecsAsync(plan.Token), null, plan.Token);
        }
        catch (ProcessKilledException)
        {
            // The process died; what it wrote stays.
        }

        // Recovery, each run a new environment: the invocation retried a minute later, a resync past every lease, then the
        // next budget window's resyncs.
        foreach (var wait in new[] { TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(11), TimeSpan.FromHours(1), TimeSpan.FromMinutes(5) })
        {
            account.Time.Advance(wait);
            account.Sandbox.Admin.Settle();
            var fresh = new Reconciler(account.NewInstance().Ports, ReconcilerOptions.Default, account.Time, NullLogger<Reconciler>.Instance);
            await fresh.ResyncAsync(await fresh.SelectionsOfAllSpecsAsync(CancellationToken.None), null, CancellationToken.None);
        }

        return (await EndState.OfAsync(account), plan.Calls);
    }

    private static IEnumerable<string> Compare(EndState crashed, EndState reference)
    {
        if (crashed.Writes.Count != crashed.Writes.Distinct().Count() || !crashed.Writes.Order().SequenceEqual(reference.Writes.Order()))
        {
            yield return $"changes [{string.Join(", ", crashed.Writes)}], without the kill [{string.Join(", ", reference.Writes)}]";
        }

        if (crashed.Unrecorded > 0)
        {
            yield return $"{crashed.Unrecorded} change(s) with no ledger entry";
        }

        foreach (var message in crashed.Announced.Distinct().Union(reference.Announced))
        {
            var (sent, expected) = (crashed.Announced.Count(m => m == message), reference.Announced.Count(m => m == message));
            if (sent < expected || sent > expected + 1)
            {
                yield return $"announced {sent} times, without the kill {expected}: {message}";
            }
        }

        if (crashed.Pending > 0)
        {
            yield return $"{crashed.Pending} notification(s) still owed";
        }

        if (!crashed.OpenAlerts.SequenceEqual(reference.OpenAlerts))
        {
            yield return $"open alerts [{string.Join(", ", crashed.OpenAlerts)}], without the kill [{string.Join(", ", reference.OpenAlerts)}]";
        }

        if (!crashed.Statuses.SequenceEqual(reference.Statuses))
        {
            yield return $"statuses [{string.Join("; ", crashed.Statuses)}], without the kill [{string.Join("; ", reference.Statuses)}]";
        }
    }

    /// <summary>How an account ends: its EC2/ECS changes, the ledger's gaps, what was announced, what is open, the running tasks' statuses.</summary>
    private sealed record EndState(IReadOnlyList<string> Writes, int Unrecorded, IReadOnlyList<string> Announced, int Pending, IReadOnlyList<string> OpenAlerts, IReadOnlyList<string> Statuses)
    {
        public static async Task<EndState> OfAsync(LocalAccount account)
        {
            var none = CancellationToken.None;
            var writes = account.MutatingCalls();
            var recorded = (await account.Ports.Ledger.ListAsync(DateTimeOffset.MinValue, none)).Count(e => !e.DryRun && e.Result is ActionResult.Applied or ActionResult.Started);
            return new EndState(
                writes,
                Math.Max(0, writes.Count - recorded),
                AnnouncedAlerts.Of(account.Sandbox.Admin.PublishedMessages()),
                (await account.Ports.Alerts.ListPendingNotificationsAsync(none)).Count,
                [.. (await account.Ports.Alerts.ListAsync(openOnly: true, none)).Select(a => a.Key)],
                await StatusHistory.PrintAsync(account, runningOnly: true));
        }
    }
}
