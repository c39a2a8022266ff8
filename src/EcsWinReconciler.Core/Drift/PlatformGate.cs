using EcsWinReconciler.Core.Observation;

namespace EcsWinReconciler.Core.Drift;

/// <summary>Decides whether a task is ours to judge at all: Windows, awsvpc, EC2 launch type.</summary>
public static class PlatformGate
{
    /// <summary>Null when the task is judged; otherwise the reason it is skipped.</summary>
    public static string? SkipReason(ObservedTask task, TaskPlatform platform)
    {
        if (task.LaunchType is { } launch && !string.Equals(launch, "EC2", StringComparison.OrdinalIgnoreCase))
        {
            return $"launch type {launch}; only EC2 tasks are reconciled";
        }

        if (!platform.IsAwsvpc)
        {
            return $"network mode {platform.NetworkMode ?? "unknown"}, not awsvpc";
        }

        if (platform.IsWindows)
        {
            return null;
        }

        return platform.Source == PlatformSource.Unknown
            ? "operating system unknown: no runtimePlatform in the task definition and no ecs.os-type on the container instance"
            : $"not Windows: {platform.OperatingSystemFamily} (from the {Describe(platform.Source)})";
    }

    private static string Describe(PlatformSource source) => source switch
    {
        PlatformSource.TaskDefinition => "task definition's runtimePlatform",
        PlatformSource.ContainerInstance => "container instance attributes",
        _ => "unknown source",
    };
}
