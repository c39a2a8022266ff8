using EcsWinReconciler.Sandbox.State;

namespace EcsWinReconciler.Sandbox.Lifecycle;

/// <summary>
/// The service scheduler's event log, in ECS's words (AmazonECS developer guide, "Viewing service event messages";
/// the RESOURCE:ENI placement message as aws-app-mesh-examples#342 quotes it). Newest first, the last
/// <see cref="EcsService.KeptEvents"/> kept. Task lists go ten to a message, as ECS starts tasks ten at a time.
/// </summary>
internal static class ServiceEvents
{
    private const int TasksPerMessage = 10;
    private const string Troubleshooting = "For more information, see the Troubleshooting section.";

    public static void Log(SandboxWorld world, EcsService service, string message)
    {
        service.Events.Insert(0, new ServiceEvent(world.Ids.Uuid(), world.Now, message));
        if (service.Events.Count > EcsService.KeptEvents)
        {
            service.Events.RemoveRange(EcsService.KeptEvents, service.Events.Count - EcsService.KeptEvents);
        }
    }

    public static void Started(SandboxWorld world, EcsService service, IReadOnlyList<EcsTask> tasks)
    {
        foreach (var chunk in tasks.Chunk(TasksPerMessage))
        {
            Log(world, service, $"(service {service.Name}) has started {chunk.Length} tasks: {TaskList(chunk)}.");
        }
    }

    public static void Stopped(SandboxWorld world, EcsService service, IReadOnlyList<EcsTask> tasks)
    {
        foreach (var chunk in tasks.Chunk(TasksPerMessage))
        {
            Log(world, service, $"(service {service.Name}) has stopped {chunk.Length} running tasks: {TaskList(chunk)}.");
        }
    }

    public static void UnableToPlace(SandboxWorld world, EcsService service, LaunchResult failure)
    {
        var prefix = $"(service {service.Name}) was unable to place a task because no container instance met all of its requirements.";
        var why = (failure.FailureReason, failure.Closest) switch
        {
            (_, null) => "Reason: No Container Instances were found in your cluster.",
            (Placement.NoMatchingHost, { } host) => $"The closest matching (container-instance {host.Id}) is missing an attribute required by your task.",
            (var reason, { } host) => $"The closest matching (container-instance {host.Id}) encountered error \"{reason}\".",
        };
        Log(world, service, $"{prefix} {why} {Troubleshooting}");
    }

    public static void DeploymentCompleted(SandboxWorld world, EcsService service, ServiceDeployment deployment) =>
        Log(world, service, $"(service {service.Name}) (deployment {deployment.Id}) deployment completed.");

    public static void SteadyState(SandboxWorld world, EcsService service) =>
        Log(world, service, $"(service {service.Name}) has reached a steady state.");

    private static string TaskList(IEnumerable<EcsTask> tasks) => string.Join(' ', tasks.Select(t => $"(task {t.Id})"));
}
