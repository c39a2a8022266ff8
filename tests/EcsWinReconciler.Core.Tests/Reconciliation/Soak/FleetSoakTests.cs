using System.Diagnostics;
using System.Globalization;
using EcsWinReconciler.Core.Tests.Support;
using Xunit.Abstractions;

namespace EcsWinReconciler.Core.Tests.Reconciliation.Soak;

/// <summary>
/// Issue 18, a soak in virtual time: hours of a fleet's life on the fake world (<see cref="FleetHistory"/>: drifts and fixes by
/// people, rollouts, tasks stopped and replaced, late / duplicate / reordered events, faults on ECS, EC2 and the actuator) with
/// the scheduled resync every 15 minutes, some of them faulty and some killed at a random port call (the crash seam), checked
/// after every step against the truth invariants (no false RESOLVED, nothing done twice, statuses never older) and after every
/// clean resync against "every drift present when it started is alerted or repaired by its end" — within one resync period —
/// and bounded state (statuses, open alerts, the outbox). Seeded: a failure prints its seed and the command that replays it.
/// Short in CI (2 simulated hours); <c>EWR_SOAK_HOURS</c> and <c>EWR_SOAK_SEED</c> run it longer or replay one.
/// </summary>
public sealed class FleetSoakTests(ITestOutputHelper output)
{
    private static readonly TimeSpan ResyncPeriod = TimeSpan.FromMinutes(15);

    private static readonly string?[] EventFaults = ["DescribeNetworkInterfaces", "DescribeServices", "DescribeSecurityGroupRules", "DescribeTasks", "RevokeIngressRule", "UpdateServiceNetwork"];

    private static readonly (StepKind Kind, int Weight)[] WorldSteps =
    [
        (StepKind.OpenRdp, 3), (StepKind.CloseRdp, 2), (StepKind.HostnamesOff, 2), (StepKind.HostnamesOn, 2), (StepKind.ServiceGoesWrong, 2),
        (StepKind.ServiceFixedByPerson, 2), (StepKind.RolloutCompletes, 3), (StepKind.StopTask, 3), (StepKind.TaskEvent, 8), (StepKind.EniReplacedUnderfoot, 1),
    ];

    [Fact]
    public async Task Soak_HoursOfFleetLifeWithFaultsAndCrashes_InvariantsHoldEveryStep()
    {
        var hours = double.Parse(Environment.GetEnvironmentVariable("EWR_SOAK_HOURS") ?? "2", CultureInfo.InvariantCulture);
        var seed = int.Parse(Environment.GetEnvironmentVariable("EWR_SOAK_SEED") ?? "18", CultureInfo.InvariantCulture);
        var random = new Random(seed);
        var remediate = random.Next(4) > 0;
        var fleet = new FleetHistory(remediate, rolling: random.Next(2) == 0, tasks: 4);
        var start = fleet.Harness.Time.GetUtcNow();
        var wall = TimeProvider.System.GetTimestamp();
        var periods = (int)Math.Ceiling(hours * 60 / ResyncPeriod.TotalMinutes);

        for (var period = 0; period < periods && fleet.Violations.Count == 0; period++)
        {
            // The schedule fires at fixed times, as EventBridge does: what happens in the world fills the period, then the
            // resync runs at its end (two resyncs are a period apart, longer than an action claim's 10-minute lease).
            var periodEnd = start + (ResyncPeriod * (period + 1));
            await fleet.RunAsync(WorldDuring(random));
            var left = periodEnd - fleet.Harness.Time.GetUtcNow();
            if (left > TimeSpan.Zero)
            {
                fleet.Harness.Time.Advance(left);
            }

            await fleet.RunAsync([ScheduledResync(random)]);
        }

        var simulated = fleet.Harness.Time.GetUtcNow() - start;
        output.WriteLine($"seed {seed}, {(remediate ? "remediate" : "alert")}: {simulated.TotalHours:0.#} simulated hours in {TimeProvider.System.GetElapsedTime(wall).TotalSeconds:0.#} s wall time: {fleet.Figures}");
        Assert.True(
            fleet.Violations.Count == 0,
            $"seed {seed} broke an invariant after {simulated.TotalHours:0.##} simulated hours; replay: EWR_SOAK_SEED={seed} EWR_SOAK_HOURS={hours} " +
            $"dotnet test tests/EcsWinReconciler.Core.Tests --filter FullyQualifiedName~FleetSoakTests\n" +
            $"violations:\n  {string.Join("\n  ", fleet.Violations)}\nlast steps: {string.Join(" → ", fleet.Log.TakeLast(30))}");
    }

    /// <summary>One resync period: a few things happen in the world between minutes passing (events delivered among them).</summary>
    private static List<HistoryStep> WorldDuring(Random random)
    {
        var steps = new List<HistoryStep>();
        for (var i = random.Next(0, 7); i > 0; i--)
        {
            var kind = Pick(random);
            var fault = kind == StepKind.TaskEvent && random.Next(6) == 0 ? EventFaults[random.Next(EventFaults.Length)] : null;
            var age = random.Next(5) == 0 ? random.Next(1, 4) : 0;
            steps.Add(new HistoryStep(kind, random.Next(46), age, fault));
            steps.Add(new HistoryStep(StepKind.Advance, random.Next(0, 3), 0, null));
        }

        return steps;
    }

    /// <summary>The scheduled resync: clean, faulty (one call fails throughout) or killed at a random port call.</summary>
    private static HistoryStep ScheduledResync(Random random) => random.Next(20) switch
    {
        < 2 => new HistoryStep(StepKind.Resync, 0, 0, EventFaults[random.Next(EventFaults.Length)]),
        < 5 => new HistoryStep(StepKind.CrashedResync, random.Next(1, 60), random.Next(2), null),
        _ => new HistoryStep(StepKind.Resync, 0, 0, null),
    };

    private static StepKind Pick(Random random)
    {
        var roll = random.Next(WorldSteps.Sum(s => s.Weight));
        foreach (var (kind, weight) in WorldSteps)
        {
            if ((roll -= weight) < 0)
            {
                return kind;
            }
        }

        throw new UnreachableException();
    }
}
