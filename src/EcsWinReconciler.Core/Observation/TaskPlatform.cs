namespace EcsWinReconciler.Core.Observation;

/// <summary>
/// The task's OS family and network mode. The OS family comes from the task definition's
/// <c>runtimePlatform.operatingSystemFamily</c>, else from the container instance attributes
/// (<c>ecs.os-type</c>, <c>ecs.os-family</c>); <c>platformFamily</c> is Fargate-only and never used.
/// </summary>
public sealed record TaskPlatform(string? OperatingSystemFamily, PlatformSource Source, string? NetworkMode)
{
    public const string Awsvpc = "awsvpc";

    public static TaskPlatform Unknown(string? networkMode) => new(null, PlatformSource.Unknown, networkMode);

    public bool IsWindows =>
        OperatingSystemFamily is { } os &&
        (os.StartsWith("WINDOWS_SERVER", StringComparison.OrdinalIgnoreCase) || string.Equals(os, "windows", StringComparison.OrdinalIgnoreCase));

    public bool IsAwsvpc => string.Equals(NetworkMode, Awsvpc, StringComparison.Ordinal);

    /// <summary>Derives the platform from what the adapters read; the task definition wins when it says anything.</summary>
    public static TaskPlatform From(string? runtimePlatformOsFamily, string? networkMode, IReadOnlyDictionary<string, string>? instanceAttributes)
    {
        if (!string.IsNullOrEmpty(runtimePlatformOsFamily))
        {
            return new TaskPlatform(runtimePlatformOsFamily, PlatformSource.TaskDefinition, networkMode);
        }

        if (instanceAttributes is not null)
        {
            if (instanceAttributes.TryGetValue("ecs.os-family", out var family) && !string.IsNullOrEmpty(family))
            {
                return new TaskPlatform(family, PlatformSource.ContainerInstance, networkMode);
            }

            if (instanceAttributes.TryGetValue("ecs.os-type", out var type) && !string.IsNullOrEmpty(type))
            {
                return new TaskPlatform(type, PlatformSource.ContainerInstance, networkMode);
            }
        }

        return Unknown(networkMode);
    }
}

/// <summary>Where the OS family was read.</summary>
public enum PlatformSource
{
    Unknown,
    TaskDefinition,
    ContainerInstance,
}
