using System.Text.Json.Nodes;

namespace EcsWinReconciler.Sandbox.State;

/// <summary>
/// A task definition revision. <see cref="OperatingSystemFamily"/> is <c>runtimePlatform.operatingSystemFamily</c>,
/// often absent on EC2 even for Windows (docs/FACTS.md §2) — the seed's IIS definition has none. Container definitions
/// are kept as the JSON they were registered with and echoed back.
/// </summary>
public sealed class TaskDefinition
{
    public required string Family { get; init; }

    public required int Revision { get; init; }

    public required string Arn { get; init; }

    public required JsonArray ContainerDefinitions { get; init; }

    public required DateTimeOffset RegisteredAt { get; init; }

    public string NetworkMode { get; init; } = "awsvpc";

    public string? OperatingSystemFamily { get; init; }

    public string? CpuArchitecture { get; init; }

    public IReadOnlyList<string> RequiresCompatibilities { get; init; } = ["EC2"];

    public string? Cpu { get; init; }

    public string? Memory { get; init; }

    public string Status { get; set; } = "ACTIVE";

    /// <summary>
    /// Which hosts the sandbox places it on: LINUX → linux hosts, WINDOWS_* → windows hosts, absent → windows
    /// hosts (the sandbox models Windows clusters; real ECS would try any host, see the report).
    /// </summary>
    public string PlacementOsType =>
        OperatingSystemFamily is { } os && os.Equals("LINUX", StringComparison.OrdinalIgnoreCase) ? "linux" : "windows";
}
