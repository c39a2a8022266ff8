using EcsWinReconciler.Sandbox.State;

namespace EcsWinReconciler.Sandbox.Lifecycle;

/// <summary>
/// The ECS service scheduler, one pass, as a rolling update with ECS's defaults (minimumHealthyPercent 100,
/// maximumPercent 200): start tasks of the primary deployment (with its awsvpcConfiguration) up to desiredCount, stop
/// an older deployment's RUNNING task only once a primary task runs in its place — so when new tasks cannot start the
/// old ones keep running and the rollout stays IN_PROGRESS — stop surplus tasks, retire drained deployments, complete
/// the rollout, and log all of it as service events (<see cref="ServiceEvents"/>).
/// </summary>
internal static class ServiceScheduler
{
    /// <summary>One pass; true when a task was started or stopped or a deployment moved on (a logged failure is no change).</summary>
    public static bool Reconcile(SandboxWorld world, EcsService service, bool mayLaunch)
    {
        var primary = service.PrimaryDeployment;
        var changed = StopReplacedAndSurplus(world, service, primary);
        changed |= mayLaunch && Launch(world, service, primary);
        changed |= RetireDrained(world, service, primary);
        changed |= Complete(world, service, primary);
        NoteSteadyState(world, service, primary);
        return changed;
    }

    /// <summary>Tasks of the service that ECS still wants running.</summary>
    public static IEnumerable<EcsTask> LiveTasks(SandboxWorld world, EcsService service) =>
        world.Tasks.Values.Where(t => t.ServiceName == service.Name && t.ClusterName == service.ClusterName && t.DesiredStatus == TaskStatuses.Running);

    private static bool StopReplacedAndSurplus(SandboxWorld world, EcsService service, ServiceDeployment primary)
    {
        var live = LiveTasks(world, service).ToList();
        var current = live.Where(t => t.DeploymentId == primary.Id).ToList();
        var old = live.Where(t => t.DeploymentId != primary.Id).ToList();
        var oldRunning = old.Where(IsRunning).ToList();

        // Minimum healthy 100%: RUNNING tasks never drop below desiredCount to make room. An old task that is not
        // RUNNING serves nothing and goes at once; the oldest RUNNING ones go as primary tasks come up.
        var replaced = Math.Max(0, current.Take(service.DesiredCount).Count(IsRunning) + oldRunning.Count - service.DesiredCount);
        var stopping = old.Where(t => !IsRunning(t))
            .Concat(oldRunning.Take(replaced))
            .Concat(current.Skip(service.DesiredCount))
            .ToList();
        var reason = $"Scaling activity initiated by (deployment {primary.Id})";
        foreach (var task in stopping)
        {
            TaskTransitions.RequestStop(world, task, StopCodes.ServiceSchedulerInitiated, reason);
        }

        ServiceEvents.Stopped(world, service, stopping);
        return stopping.Count > 0;
    }

    /// <summary>Starts what the primary lacks, within maximumPercent 200; the first placement failure ends the round (the next would fail alike).</summary>
    private static bool Launch(SandboxWorld world, EcsService service, ServiceDeployment primary)
    {
        var live = LiveTasks(world, service).ToList();
        var wanted = Math.Min(service.DesiredCount - live.Count(t => t.DeploymentId == primary.Id), (2 * service.DesiredCount) - live.Count);
        var started = new List<EcsTask>();
        LaunchResult? failure = null;
        for (var i = 0; i < wanted && failure is null; i++)
        {
            var result = TaskLauncher.Launch(world, new LaunchRequest(
                service.ClusterName,
                world.TaskDefinitions[primary.TaskDefinitionArn],
                primary.Network,
                $"service:{service.Name}",
                primary.Id,
                service.Name,
                primary.Id,
                service.RolloutStalled));
            if (result.Task is { } task)
            {
                started.Add(task);
            }
            else
            {
                failure = result;
            }
        }

        ServiceEvents.Started(world, service, started);
        if (failure is not null)
        {
            ServiceEvents.UnableToPlace(world, service, failure);
        }

        return started.Count > 0;
    }

    private static bool RetireDrained(SandboxWorld world, EcsService service, ServiceDeployment primary)
    {
        var drained = service.Deployments
            .Where(d => d != primary && !world.Tasks.Values.Any(t => t.DeploymentId == d.Id && t.HoldsEni))
            .ToList();
        foreach (var deployment in drained)
        {
            deployment.Status = ServiceDeployment.Inactive;
            service.Deployments.Remove(deployment);
        }

        return drained.Count > 0;
    }

    /// <summary>The rollout is done when the primary is the only deployment and runs desiredCount tasks.</summary>
    private static bool Complete(SandboxWorld world, EcsService service, ServiceDeployment primary)
    {
        if (service.Deployments.Count > 1 || primary.RolloutState == ServiceDeployment.Completed ||
            world.Tasks.Values.Count(t => t.DeploymentId == primary.Id && IsRunning(t)) != service.DesiredCount)
        {
            return false;
        }

        primary.Complete(world.Now);
        ServiceEvents.DeploymentCompleted(world, service, primary);
        return true;
    }

    /// <summary>ECS logs the moment a service gets to a steady state (again): one completed deployment, every task RUNNING.</summary>
    private static void NoteSteadyState(SandboxWorld world, EcsService service, ServiceDeployment primary)
    {
        var live = LiveTasks(world, service).ToList();
        var steady = service.Deployments.Count == 1 && primary.RolloutState == ServiceDeployment.Completed &&
                     live.Count == service.DesiredCount && live.All(IsRunning);
        if (steady && !service.Steady)
        {
            ServiceEvents.SteadyState(world, service);
        }

        service.Steady = steady;
    }

    private static bool IsRunning(EcsTask task) => task.LastStatus == TaskStatuses.Running && task.DesiredStatus == TaskStatuses.Running;
}
