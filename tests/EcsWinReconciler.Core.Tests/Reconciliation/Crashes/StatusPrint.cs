using EcsWinReconciler.TestSupport.Fakes;

namespace EcsWinReconciler.Core.Tests.Reconciliation.Crashes;

/// <summary>
/// Each running task's stored status in words: judgement, conditions, and each finding with what became of it (kind only: the
/// reason names the run's own ids and times). A task with no status prints so, rather than being left out.
/// </summary>
internal static class StatusPrint
{
    public static async Task<IReadOnlyList<string>> OfRunningTasksAsync(ReconcilerHarness harness)
    {
        List<Core.Observation.ObservedTask> running;
        lock (harness.World.Gate)
        {
            running = [.. harness.World.Tasks.Values.Where(CrashScenarios.Runs)];
        }

        var prints = new List<string>();
        foreach (var task in running)
        {
            var status = await harness.Status.GetAsync(task.TaskArn, CancellationToken.None);
            prints.Add(status is null
                ? "no status"
                : $"v{status.LastEventVersion} {status.LastStatus} {status.Judgement}: "
                  + string.Join(", ", status.Conditions.Select(c => $"{c.Type}={c.Status}"))
                  + " | " + string.Join(", ", status.Findings.OrderBy(f => f.Id, StringComparer.Ordinal).Select(f => $"{f.Id} {f.Decision.Kind}{(f.AlertKey is null ? string.Empty : " in alert")}")));
        }

        return [.. prints.Order(StringComparer.Ordinal)];
    }
}
