using EcsWinReconciler.Sandbox.State;
using EcsWinReconciler.Sandbox.Wire;

namespace EcsWinReconciler.Sandbox.Ecs;

/// <summary>Resolves the names, ids and ARNs ECS accepts, with ECS's errors when they do not resolve.</summary>
internal static class EcsLookup
{
    /// <summary>A cluster name or ARN; absent means <c>default</c>, as in ECS (docs/FACTS.md §5.2).</summary>
    public static Cluster Cluster(SandboxWorld world, string? nameOrArn)
    {
        var name = LastSegment(nameOrArn ?? "default");
        return world.Clusters.GetValueOrDefault(name) ?? throw new ApiException("ClusterNotFoundException", "Cluster not found.");
    }

    /// <summary>The task ARN a task id or ARN means in this cluster.</summary>
    public static string TaskArn(SandboxWorld world, Cluster cluster, string idOrArn) =>
        idOrArn.StartsWith("arn:", StringComparison.Ordinal) ? idOrArn : world.EcsArn($"task/{cluster.Name}/{idOrArn}");

    public static EcsTask? Task(SandboxWorld world, Cluster cluster, string idOrArn)
    {
        var id = LastSegment(idOrArn);
        return world.Tasks.Values.FirstOrDefault(t => t.ClusterName == cluster.Name && t.Id == id);
    }

    public static EcsService? Service(SandboxWorld world, Cluster cluster, string nameOrArn)
    {
        var name = LastSegment(nameOrArn);
        return world.Services.Values.FirstOrDefault(s => s.ClusterName == cluster.Name && s.Name == name);
    }

    public static ContainerInstance? ContainerInstance(SandboxWorld world, Cluster cluster, string idOrArn)
    {
        var id = LastSegment(idOrArn);
        return world.ContainerInstances.Values.FirstOrDefault(c => c.ClusterName == cluster.Name && c.Id == id);
    }

    /// <summary><c>family</c> (latest ACTIVE revision), <c>family:revision</c> or the ARN.</summary>
    public static TaskDefinition? TaskDefinition(SandboxWorld world, string reference)
    {
        var tail = LastSegment(reference);
        var colon = tail.LastIndexOf(':');
        return colon < 0
            ? world.TaskDefinitions.Values.Where(d => d.Family == tail && d.Status == "ACTIVE").MaxBy(d => d.Revision)
            : world.TaskDefinitions.Values.FirstOrDefault(d => $"{d.Family}:{d.Revision}" == tail);
    }

    private static string LastSegment(string value) => value[(value.LastIndexOf('/') + 1)..];
}
