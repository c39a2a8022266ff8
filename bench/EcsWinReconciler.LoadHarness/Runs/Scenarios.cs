using EcsWinReconciler.LoadHarness.Account;
using EcsWinReconciler.Sandbox.State;

namespace EcsWinReconciler.LoadHarness.Runs;

/// <summary>What the runs pick from an account's sandbox.</summary>
internal static class Scenarios
{
    /// <summary>Each task's last RUNNING event, in the order the tasks were started.</summary>
    public static IReadOnlyList<TaskStateChangeEvent> RunningEvents(LoadAccount account) =>
        [.. account.Sandbox.Admin.Events().Where(e => e.LastStatus == "RUNNING").GroupBy(e => e.TaskArn).Select(g => g.Last())];

    public static TimeSpan Elapsed(long from, long to) => TimeProvider.System.GetElapsedTime(from, to);
}
