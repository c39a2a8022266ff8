using EcsWinReconciler.Sandbox.State;

namespace EcsWinReconciler.Sandbox.Lifecycle;

/// <summary>
/// The ECS service scheduler, one pass: stop tasks of older deployments and surplus tasks, start tasks of the
/// primary deployment up to desiredCount (with its awsvpcConfiguration), retire drained deployments.
/// </summary>
internal static class ServiceScheduler
{
    public static bool Reconcile(SandboxWorld world, EcsService service, bool mayLaunch)
    {
        var primary = service.PrimaryDeployment;
        var changed = StopOldAndSurplus(world, service, primary);
        var wanted = service.DesiredCount - LiveTasks(world, service).Count(t => t.DeploymentId == primary.Id);
        for (var i = 0; mayLaunch && i < wanted; i++)
        {
            var result = TaskLauncher.Launch(world, new LaunchRequest(
                service.ClusterName,
                world.TaskDefinitions[primary.TaskDefinitionArn],
                primary.Network,
                $"service:{service.Name}",
                primary.Id,
                service.Name,
                primary.Id));
            changed |= result.Task is not null;
        }

        return RetireDrained(world, service, primary) | changed;
    }

    /// <summary>Tasks of the service that ECS still wants running.</summary>
    public static IEnumerable<EcsTask> LiveTasks(SandboxWorld world, EcsService service) =>
        world.Tasks.Values.Where(t => t.ServiceName == service.Name && t.ClusterName == service.ClusterName && t.DesiredStatus == TaskStatuses.Running);

    private static bool StopOldAndSurplus(SandboxWorld world, EcsService service, ServiceDeployment primary)
    {
        var reason = $"Scaling activity initiated by (deployment {primary.Id})";
        var changed = false;
        var current = 0;
        foreach (var task in LiveTasks(world, service).ToList())
        {
            var surplus = task.DeploymentId == primary.Id && ++current > service.DesiredCount;
            if (task.DeploymentId != primary.Id || surplus)
            {
                changed |= TaskTransitions.RequestStop(world, task, StopCodes.ServiceSchedulerInitiated, reason);
            }
        }

        return changed;
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

        var running = world.Tasks.Values.Count(t => t.DeploymentId == primary.Id && t.LastStatus == TaskStatuses.Running && t.DesiredStatus == TaskStatuses.Running);
        if (service.Deployments.Count == 1 && running == service.DesiredCount && primary.RolloutState != "COMPLETED")
        {
            primary.RolloutState = "COMPLETED";
            primary.UpdatedAt = world.Now;
            return true;
        }

        return drained.Count > 0;
    }
}
