using System.Text.Json.Nodes;
using EcsWinReconciler.Sandbox.Lifecycle;
using EcsWinReconciler.Sandbox.State;
using EcsWinReconciler.Sandbox.Wire;

namespace EcsWinReconciler.Sandbox.Ecs;

/// <summary>ListClusters and DescribeClusters (≤ 100; unknown clusters as failures MISSING), the first calls people try.</summary>
internal static class ClusterHandlers
{
    private static readonly string[] Includes = ["ATTACHMENTS", "CONFIGURATIONS", "SETTINGS", "STATISTICS", "TAGS"];

    public static JsonObject List(EcsRequest request) => request.State.Read(world =>
    {
        var (page, next) = EcsPaging.Page([.. world.Clusters.Values.Select(c => c.Arn)], request.Body.Int("maxResults"), request.Body.String("nextToken"));
        return new JsonObject { ["clusterArns"] = EcsJson.Strings(page) }.With("nextToken", next);
    });

    public static JsonObject Describe(EcsRequest request)
    {
        var names = request.Body.StringList("clusters") ?? ["default"];
        if (names.Count > 100)
        {
            throw new ApiException("InvalidParameterException", "clusters can have at most 100 items.");
        }

        var include = request.Body.StringList("include") ?? [];
        if (include.FirstOrDefault(i => !Includes.Contains(i)) is { } unknown)
        {
            throw new ApiException("InvalidParameterException", $"Invalid value for include: {unknown}");
        }

        return request.State.Read(world =>
        {
            var found = names.Select(n => (Name: n, Cluster: world.Clusters.GetValueOrDefault(n[(n.LastIndexOf('/') + 1)..]))).ToList();
            return new JsonObject
            {
                ["clusters"] = EcsJson.Array(found.Where(f => f.Cluster is not null).Select(f => Build(world, f.Cluster!, include))),
                ["failures"] = EcsJson.Array(found.Where(f => f.Cluster is null).Select(f =>
                    TaskReadHandlers.Failure(f.Name.StartsWith("arn:", StringComparison.Ordinal) ? f.Name : world.EcsArn($"cluster/{f.Name}"), "MISSING"))),
            };
        });
    }

    private static JsonObject Build(SandboxWorld world, Cluster cluster, IReadOnlyList<string> include)
    {
        var tasks = world.Tasks.Values.Where(t => t.ClusterName == cluster.Name && !t.IsStopped).ToList();
        var json = new JsonObject
        {
            ["clusterArn"] = cluster.Arn,
            ["clusterName"] = cluster.Name,
            ["status"] = "ACTIVE",
            ["registeredContainerInstancesCount"] = world.ContainerInstances.Values.Count(c => c.ClusterName == cluster.Name),
            ["runningTasksCount"] = tasks.Count(t => t.LastStatus == TaskStatuses.Running),
            ["pendingTasksCount"] = tasks.Count(t => t.LastStatus is TaskStatuses.Provisioning or TaskStatuses.Pending),
            ["activeServicesCount"] = world.Services.Values.Count(s => s.ClusterName == cluster.Name && s.Status == "ACTIVE"),
            ["statistics"] = new JsonArray(),
            ["tags"] = new JsonArray(),
            ["capacityProviders"] = new JsonArray(),
            ["defaultCapacityProviderStrategy"] = new JsonArray(),
        };
        if (include.Contains("SETTINGS"))
        {
            json["settings"] = new JsonArray(new JsonObject { ["name"] = "containerInsights", ["value"] = "disabled" });
        }

        return json;
    }
}
