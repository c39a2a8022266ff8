using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.Core.Planning;
using EcsWinReconciler.Core.Reconciliation;
using EcsWinReconciler.TestSupport.Crashes;
using EcsWinReconciler.TestSupport.Fakes;
using Microsoft.Extensions.Logging.Abstractions;

namespace EcsWinReconciler.Core.Tests.Reconciliation.Crashes;

/// <summary>
/// Runs one scenario's invocation under a <see cref="CrashPlan"/>, then recovers as the platform would, each run a new process
/// (a new reconciler: nothing in memory, the stores as left): the same invocation again a minute later (Lambda retries an
/// async invocation that failed), the scheduled resync once every lease ran out, then one resync per budget window until one
/// does nothing.
/// </summary>
internal static class CrashRun
{
    /// <summary>Resyncs after recovery before the run must have settled (a run without a crash needs two at most).</summary>
    public const int MaxResyncs = 4;

    private static readonly TimeSpan RetryDelay = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan BudgetWindow = TimeSpan.FromHours(1);

    public static async Task<CrashOutcome> RunAsync(CrashScenario scenario, CrashPlan plan)
    {
        var harness = scenario.Build();
        if (scenario.Prepare is { } prepare)
        {
            await prepare(harness);
        }

        var since = Marks.Of(harness);
        var window = harness.Time.GetUtcNow();
        var snapshot = harness.World.Tasks[TestSupport.Specimens.Ids.TaskArn];
        var killed = false;
        try
        {
            await InvokeAsync(harness, new Reconciler(CrashingPorts.Wrap(harness.Ports, plan), Options, harness.Time, NullLogger<Reconciler>.Instance), scenario.Invocation, snapshot, plan.Token);
        }
        catch (ProcessKilledException)
        {
            killed = true;
        }

        harness.Time.Advance(RetryDelay);
        scenario.WorldMovesOn?.Invoke(harness);
        await InvokeAsync(harness, Fresh(harness), scenario.Invocation, snapshot, CancellationToken.None);
        harness.Time.Advance(Options.ActionClaimLease);
        scenario.WorldMovesOn?.Invoke(harness);
        await ResyncAsync(harness);

        // A crash may have spent a unit of the budget it never used: the repairs that unit would have paid for may each wait
        // a window more (a budget of one), so recovery resyncs once per window, and the end is compared once one did nothing.
        harness.Time.Advance(BudgetWindow);
        var (settled, published, resyncs) = await ResyncUntilQuietAsync(harness, scenario);
        return await OutcomeAsync(harness, plan, since, window, killed, settled, published) with { ResyncsToSettle = resyncs };
    }

    /// <summary>The scheduled resync, once per budget window, until one does nothing (a repair's replacements are first seen by the next one).</summary>
    private static async Task<(RunSummary Last, int Published, int Resyncs)> ResyncUntilQuietAsync(ReconcilerHarness harness, CrashScenario scenario)
    {
        for (var resyncs = 1; ; resyncs++)
        {
            scenario.WorldMovesOn?.Invoke(harness);
            var before = harness.Sink.Published.Count;
            var summary = await ResyncAsync(harness);
            var published = harness.Sink.Published.Count - before;
            if (resyncs == MaxResyncs || !CrashInvariants.Unsettled(summary, published).Any())
            {
                return (summary, published, resyncs);
            }

            harness.Time.Advance(BudgetWindow);
        }
    }

    private static ReconcilerOptions Options => ReconcilerOptions.Default;

    private static async Task<RunSummary> ResyncAsync(ReconcilerHarness harness)
    {
        var reconciler = Fresh(harness);
        return await reconciler.ResyncAsync(await reconciler.SelectionsOfAllSpecsAsync(CancellationToken.None), null, CancellationToken.None);
    }

    private static Reconciler Fresh(ReconcilerHarness harness) => new(harness.Ports, Options, harness.Time, NullLogger<Reconciler>.Instance);

    private static async Task InvokeAsync(ReconcilerHarness harness, Reconciler reconciler, CrashInvocation invocation, ObservedTask snapshot, CancellationToken cancellationToken)
    {
        if (invocation == CrashInvocation.TaskEvent)
        {
            await reconciler.ReconcileAsync([ReconcileTarget.FromEvent(snapshot)], cancellationToken);
            return;
        }

        await reconciler.ResyncAsync(await reconciler.SelectionsOfAllSpecsAsync(cancellationToken), null, cancellationToken);
    }

    private static async Task<CrashOutcome> OutcomeAsync(ReconcilerHarness harness, CrashPlan plan, Marks since, DateTimeOffset window, bool killed, RunSummary settled, int publishedBySettled)
    {
        var none = CancellationToken.None;
        var applied = harness.Actuator.Executed.Skip(since.Executed).Where(e => !e.DryRun).GroupBy(e => e.Action.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var ledger = await harness.Ledger.ListAsync(DateTimeOffset.MinValue, none);
        var used = harness.BudgetMax - await harness.Budget.RemainingAsync(window, none);
        var spentInWindow = ledger.Count(e => !e.DryRun && SpendsAUnit(e.Result) && SameWindow(e.At, window));
        harness.Time.Advance(BudgetWindow);
        return new CrashOutcome
        {
            Calls = plan.Calls,
            CrashedAt = plan.CrashedAt,
            EndedByTheKill = killed,
            ActionsApplied = applied,
            Redundant = [.. harness.Actuator.Redundant.Skip(since.Redundant).Select(a => a.Describe())],
            Recorded = ledger.Select(e => e.ActionKey).ToHashSet(StringComparer.Ordinal),
            Messages = harness.Sink.Published.Skip(since.Published).Select(PublishedAlert.Describe)
                .GroupBy(m => m, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
            OpenAlerts = (await harness.Alerts.ListAsync(openOnly: true, none)).Select(a => a.Key).ToHashSet(StringComparer.Ordinal),
            PendingNotifications = (await harness.Alerts.ListPendingNotificationsAsync(none)).Count,
            World = WorldPrint.Of(harness.World),
            Statuses = await StatusPrint.OfRunningTasksAsync(harness),
            Settled = settled,
            PublishedBySettled = publishedBySettled,
            BudgetUnitsUnaccounted = used - spentInWindow,
            BudgetLeftNextWindow = await harness.Budget.RemainingAsync(harness.Time.GetUtcNow(), none),
            BudgetMax = harness.BudgetMax,
        };

        static bool SameWindow(DateTimeOffset at, DateTimeOffset reference) =>
            at.ToUnixTimeSeconds() / (long)BudgetWindow.TotalSeconds == reference.ToUnixTimeSeconds() / (long)BudgetWindow.TotalSeconds;

        // Every outcome after the budget gave a unit (an action tried); a claim lost or no budget took none.
        static bool SpendsAUnit(ActionResult result) =>
            result is ActionResult.Applied or ActionResult.AlreadyDone or ActionResult.ResourceGone or ActionResult.Failed;
    }

    /// <summary>How far each record went before the invocation under test (what the preparation did is not counted).</summary>
    private sealed record Marks(int Executed, int Redundant, int Published)
    {
        public static Marks Of(ReconcilerHarness harness) => new(harness.Actuator.Executed.Count, harness.Actuator.Redundant.Count, harness.Sink.Published.Count);
    }
}
