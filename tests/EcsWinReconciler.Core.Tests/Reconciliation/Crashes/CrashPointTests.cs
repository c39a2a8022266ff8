using EcsWinReconciler.TestSupport.Crashes;
using Xunit.Abstractions;

namespace EcsWinReconciler.Core.Tests.Reconciliation.Crashes;

/// <summary>
/// Issue 18, crash points: for every scenario (<see cref="CrashScenarios"/>), the invocation is killed at its 1st, 2nd, … port
/// call — before the call reaches the service, and, for a call that writes, also after the service applied it but before the
/// answer came back — until an invocation finishes before its k-th call. After each kill the platform recovers
/// (<see cref="CrashRun"/>), and <see cref="CrashInvariants"/> compares the end with the same scenario run without a crash.
/// </summary>
public sealed class CrashPointTests(ITestOutputHelper output)
{
    public static TheoryData<string> Scenarios() => [.. CrashScenarios.All().Select(s => s.ToString())];

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task EveryCrashPoint_RecoveryLosesNothingAndDoesNothingTwice(string name)
    {
        var scenario = CrashScenarios.All().Single(s => s.ToString() == name);
        using var never = CrashPlan.Never;
        var reference = await CrashRun.RunAsync(scenario, never);
        var unsettled = CrashInvariants.Unsettled(reference.Settled, reference.PublishedBySettled).ToList();
        Assert.True(unsettled.Count == 0, $"without a crash, recovery did not settle:\n{string.Join("\n", unsettled)}");

        var tried = 0;
        var failures = new List<string>();
        foreach (var call in reference.Calls)
        {
            foreach (var moment in call.Writes ? [CrashMoment.BeforeTheCall, CrashMoment.AfterTheCallApplied] : new[] { CrashMoment.BeforeTheCall })
            {
                using var plan = new CrashPlan(call.Number, moment);
                var crashed = await CrashRun.RunAsync(scenario, plan);
                tried++;
                Assert.Equal(call, crashed.CrashedAt);
                var broken = CrashInvariants.Check(crashed, reference);
                if (broken.Count > 0)
                {
                    failures.Add($"killed {moment} {call}:\n    {string.Join("\n    ", broken)}");
                }
            }
        }

        output.WriteLine($"{name}: {reference.Calls.Count} port calls, {reference.Calls.Count(c => c.Writes)} writes, {tried} crash points tried, {failures.Count} broken");
        Assert.True(failures.Count == 0, $"{failures.Count} of {tried} crash points broke an invariant:\n{string.Join("\n", failures.Take(8))}");
        Assert.True(tried > reference.Calls.Count || reference.Calls.All(c => !c.Writes));
    }
}
