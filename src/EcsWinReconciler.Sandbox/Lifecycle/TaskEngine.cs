using EcsWinReconciler.Sandbox.State;

namespace EcsWinReconciler.Sandbox.Lifecycle;

/// <summary>
/// Drives the schedulers and task lifecycles. <see cref="Settle"/> runs until nothing changes; a service gets at
/// most one round of launches per settle, so a task that cannot start is not retried in a loop (ECS retries it
/// later — here, on the next settle).
/// </summary>
internal static class TaskEngine
{
    private const int MaxRounds = 64;

    public static void Settle(SandboxWorld world)
    {
        for (var round = 0; round < MaxRounds; round++)
        {
            if (!Step(world, mayLaunch: round == 0))
            {
                return;
            }
        }
    }

    /// <summary>One scheduler pass and one status step for every task that existed before it; true when anything changed.</summary>
    public static bool Step(SandboxWorld world, bool mayLaunch = true)
    {
        var changed = false;
        var existing = world.Tasks.Values.ToList();
        foreach (var service in world.Services.Values.Where(s => s.Status == "ACTIVE").ToList())
        {
            changed |= ServiceScheduler.Reconcile(world, service, mayLaunch);
        }

        foreach (var task in existing)
        {
            changed |= TaskTransitions.Advance(world, task);
        }

        return changed;
    }
}
