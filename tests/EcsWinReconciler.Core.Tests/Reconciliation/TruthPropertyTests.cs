using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Specs;
using EcsWinReconciler.Core.Tests.Support;
using EcsWinReconciler.TestSupport.Specimens;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace EcsWinReconciler.Core.Tests.Reconciliation;

/// <summary>
/// Issue 11, the truth invariants, as properties over random histories of a small fleet on the fake world (drifts, out-of-band
/// fixes, deployments that complete or stall, stopped tasks whose events are lost, late / duplicate / reordered events, faults
/// on EC2, ECS and the actuator, time passing, resyncs), in alert and in remediate mode, with rolling and immediate deployments:
/// <list type="bullet">
/// <item>I1 — no RESOLVED while the world still has the drift;</item>
/// <item>I2 — every drift present when a clean resync starts is alerted or repaired (or its repair is rolling out) by its end;</item>
/// <item>I3 — no change applied to a world that already was so (nothing done twice, nothing done on a stale look);</item>
/// <item>I5 — a task's status never goes back to an older event;</item>
/// <item>I6 — after a clean resync, no stopped task's status still says it runs, even when its STOPPED event was lost.</item>
/// </list>
/// Histories include tasks whose ENI changes with no event saying so (<see cref="StepKind.EniReplacedUnderfoot"/>): a resync
/// judges known tasks from their stored facts without DescribeTasks (issue 17), and I2 must still hold for them.
/// A dedicated property below checks exactly that case, every time.
/// </summary>
[Properties(MaxTest = 300, Arbitrary = [typeof(TruthPropertyTests)])]
public class TruthPropertyTests
{
    private static readonly string?[] Faults =
    [
        null, null, null, null, null, null,
        "DescribeNetworkInterfaces", "DescribeServices", "DescribeSecurityGroupRules", "DescribeTasks", "RevokeIngressRule", "UpdateServiceNetwork",
    ];

    public static Arbitrary<HistoryCase> Histories() =>
        (from remediate in Gen.Elements(true, false)
         from rolling in Gen.Elements(true, false)
         from tasks in Gen.Choose(1, 4)
         from steps in Step().ListOf().Select(l => l.Take(24).ToList())
         select new HistoryCase(remediate, rolling, tasks, steps)).ToArbitrary();

    [Property]
    public Property History_AnyEventsDriftsFixesAndFaults_EveryTruthInvariantHolds(HistoryCase history)
    {
        var fleet = new FleetHistory(history.Remediate, history.Rolling, history.Tasks);
        fleet.RunAsync(history.Steps).GetAwaiter().GetResult();
        return (fleet.Violations.Count == 0).Label(
            $"{(history.Remediate ? "remediate" : "alert")}, {(history.Rolling ? "rolling" : "immediate")} deployments, {history.Tasks} task(s)\n" +
            $"steps: {string.Join(" → ", fleet.Log)}\nviolations:\n  {string.Join("\n  ", fleet.Violations)}");
    }

    /// <summary>A resync at the end of any history, without faults, leaves every drift alerted or repaired (I2 on the final state).</summary>
    [Property]
    public Property History_EndedByTwoCleanResyncs_NothingLeftUnreported(HistoryCase history)
    {
        var fleet = new FleetHistory(history.Remediate, history.Rolling, history.Tasks);
        fleet.RunAsync([.. history.Steps, new HistoryStep(StepKind.Resync, 0, 0, null), new HistoryStep(StepKind.Resync, 0, 0, null)]).GetAwaiter().GetResult();
        return (fleet.Violations.Count == 0).Label($"steps: {string.Join(" → ", fleet.Log)}\nviolations:\n  {string.Join("\n  ", fleet.Violations)}");
    }

    /// <summary>
    /// Issue 17: after any history, a resync stores every task's facts; then a task's ENI changes with nothing saying so, and
    /// the next clean resync judges the known tasks from their stored facts (never confirming them with ECS here) — and must
    /// still alert or repair the drift the new ENI brings (I2), and every other invariant.
    /// </summary>
    [Property]
    public Property StaleFacts_EniReplacedUnderfootBeforeACleanResync_DriftCaughtWithoutDescribeTasks(HistoryCase history, NonNegativeInt pick)
    {
        var fleet = new FleetHistory(history.Remediate, history.Rolling, history.Tasks, NeverConfirmFacts);
        fleet.RunAsync(
        [
            .. history.Steps,
            new HistoryStep(StepKind.Resync, 0, 0, null),
            new HistoryStep(StepKind.EniReplacedUnderfoot, pick.Get, 0, null),
            new HistoryStep(StepKind.Resync, 0, 0, null),
        ]).GetAwaiter().GetResult();
        return (fleet.Violations.Count == 0).Label($"steps: {string.Join(" → ", fleet.Log)}\nviolations:\n  {string.Join("\n  ", fleet.Violations)}");
    }

    /// <summary>
    /// Issue 14, exceptions, over the same random histories with exceptions on the rule, the VPC and the service that lapse
    /// at random times within the history: E1 — no alert opened or reminded, no action planned or applied, for a root an
    /// exception covers; E2 — once it lapsed, the drift is alerted or repaired at the next clean resync (I2), and an alert
    /// that re-opens says the exception lapsed; E3 / I1 — no RESOLVED while the drift is there, except "excepted" while an
    /// exception covers it (never "fixed").
    /// </summary>
    [Property]
    public Property History_WithExceptionsThatLapse_NeverAlertedOrActedOnWhileInForce_ReopenedOnceLapsed(HistoryCase history, ExceptionCase exceptions)
    {
        var fleet = new FleetHistory(history.Remediate, history.Rolling, history.Tasks, exceptions: exceptions.Entries);
        fleet.RunAsync([.. history.Steps, new HistoryStep(StepKind.Resync, 0, 0, null), new HistoryStep(StepKind.Resync, 0, 0, null)]).GetAwaiter().GetResult();
        return (fleet.Violations.Count == 0).Label(
            $"{exceptions}\nsteps: {string.Join(" → ", fleet.Log)}\nviolations:\n  {string.Join("\n  ", fleet.Violations)}");
    }

    /// <summary>
    /// Issue 14: exceptions declared in the middle of a history, while their alerts may be open: an open alert they cover
    /// resolves as excepted (never as fixed: I1 / E3), nothing is opened or done for them afterwards (E1), and once they lapse
    /// the drift is back in alerts or repaired (E2 / I2).
    /// </summary>
    [Property]
    public Property History_ExceptionsDeclaredWhileAlertsAreOpen_ResolvedAsExceptedNeverAsFixed(HistoryCase history, ExceptionCase exceptions, NonNegativeInt at)
    {
        var fleet = new FleetHistory(history.Remediate, history.Rolling, history.Tasks, declaredLater: exceptions.Entries);
        var steps = history.Steps.ToList();
        steps.Insert(at.Get % (steps.Count + 1), new HistoryStep(StepKind.DeclareExceptions, 0, 0, null));
        fleet.RunAsync([.. steps, new HistoryStep(StepKind.Resync, 0, 0, null), new HistoryStep(StepKind.Resync, 0, 0, null)]).GetAwaiter().GetResult();
        return (fleet.Violations.Count == 0).Label(
            $"{exceptions}\nsteps: {string.Join(" → ", fleet.Log)}\nviolations:\n  {string.Join("\n  ", fleet.Violations)}");
    }

    public static Arbitrary<ExceptionCase> Exceptions()
    {
        var start = new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
        Gen<ExceptionEntry?> One(string check, string resource) =>
            from declared in Gen.Elements(true, false)
            from minutes in Gen.Choose(1, 240)
            select declared ? new ExceptionEntry(check, resource, "approved deviation", new ExceptionExpiry(start.AddMinutes(minutes), false), "CHG-4711") : null;

        return (from rule in One(CheckIds.ForbiddenIngress, Ids.WebGroup)
                from vpc in One(CheckIds.VpcDnsHostnames, Ids.VpcId)
                from service in One(CheckIds.SecurityGroupSet, Ids.ServiceName)
                select new ExceptionCase([.. new[] { rule, vpc, service }.OfType<ExceptionEntry>()])).ToArbitrary();
    }

    /// <summary>Stored facts are never due for confirmation by ECS: a resync describes only the tasks it must.</summary>
    private static readonly Core.Reconciliation.ReconcilerOptions NeverConfirmFacts = new() { StoredFactsConfirmWindow = TimeSpan.Zero };

    private static Gen<HistoryStep> Step() =>
        from kind in Gen.Frequency(
            (3, Gen.Constant(StepKind.OpenRdp)),
            (2, Gen.Constant(StepKind.CloseRdp)),
            (2, Gen.Constant(StepKind.HostnamesOff)),
            (1, Gen.Constant(StepKind.HostnamesOn)),
            (3, Gen.Constant(StepKind.ServiceGoesWrong)),
            (2, Gen.Constant(StepKind.ServiceFixedByPerson)),
            (2, Gen.Constant(StepKind.RolloutCompletes)),
            (2, Gen.Constant(StepKind.StopTask)),
            (6, Gen.Constant(StepKind.TaskEvent)),
            (2, Gen.Constant(StepKind.EniReplacedUnderfoot)),
            (2, Gen.Constant(StepKind.Advance)),
            (5, Gen.Constant(StepKind.Resync)))
        from pick in Gen.Choose(0, 45)
        from age in Gen.Frequency((4, Gen.Constant(0)), (1, Gen.Choose(1, 3)))
        from fault in Gen.Elements(Faults)
        select new HistoryStep(kind, pick, age, kind is StepKind.TaskEvent or StepKind.Resync ? fault : null);
}

/// <summary>The exceptions a spec declares in one generated history.</summary>
public sealed record ExceptionCase(IReadOnlyList<ExceptionEntry> Entries)
{
    public override string ToString() => $"exceptions: {string.Join(", ", Entries.Select(e => $"{e.Check} on {e.Resource} until {e.Expires}"))}";
}

/// <summary>One generated history: the remediation mode, how deployments roll out, the fleet size and the steps.</summary>
public sealed record HistoryCase(bool Remediate, bool Rolling, int Tasks, IReadOnlyList<HistoryStep> Steps)
{
    public override string ToString() => $"{(Remediate ? "remediate" : "alert")}/{(Rolling ? "rolling" : "immediate")}/{Tasks}: {string.Join(" → ", Steps)}";
}
