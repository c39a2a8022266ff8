namespace EcsWinReconciler.Aws.Ecs.Wire;

/// <summary><c>runtimePlatform</c>: often absent on EC2 even for Windows tasks (docs/FACTS.md §2).</summary>
public sealed record EcsRuntimePlatform
{
    public string? CpuArchitecture { get; init; }

    public string? OperatingSystemFamily { get; init; }
}
