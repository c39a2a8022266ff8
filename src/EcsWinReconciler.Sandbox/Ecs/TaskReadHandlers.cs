using System.Text.Json.Nodes;
using EcsWinReconciler.Sandbox.Wire;

namespace EcsWinReconciler.Sandbox.Ecs;

/// <summary>DescribeTasks (≤ 100, unknown tasks as failures MISSING) and ListTasks (docs/FACTS.md §5.2).</summary>
internal static class TaskReadHandlers
{
    public static JsonObject Describe(EcsRequest request)
    {
        var ids = request.Body.StringList("tasks") ?? [];
        if (ids.Count is 0 or > 100)
        {
            throw new ApiException("InvalidParameterException", "Tasks cannot be empty and can have at most 100 items.");
        }

        return request.State.Read(world =>
        {
            var cluster = EcsLookup.Cluster(world, request.Body.String("cluster"));
            var found = ids.Select(id => (Id: id, Task: EcsLookup.Task(world, cluster, id))).ToList();
            return new JsonObject
            {
                ["tasks"] = EcsJson.Array(found.Where(f => f.Task is not null).Select(f =>
                    TaskJson.Build(world, f.Task!, TaskJsonStyle.Api).With("tags", ServiceHandlers.IncludesTags(request) ? ServiceJson.Tags(f.Task!.Tags) : null))),
                ["failures"] = EcsJson.Array(found.Where(f => f.Task is null).Select(f => Failure(EcsLookup.TaskArn(world, cluster, f.Id), "MISSING"))),
            };
        });
    }

    public static JsonObject List(EcsRequest request)
    {
        var body = request.Body;
        var desired = body.String("desiredStatus") ?? "RUNNING";
        if (desired is not ("RUNNING" or "PENDING" or "STOPPED"))
        {
            throw new ApiException("InvalidParameterException", $"Invalid value for desiredStatus: {desired}");
        }

        return request.State.Read(world =>
        {
            var cluster = EcsLookup.Cluster(world, body.String("cluster"));
            var service = body.String("serviceName") is { } name
                ? EcsLookup.Service(world, cluster, name) ?? throw new ApiException("ServiceNotFoundException", "Service not found.")
                : null;
            var containerInstance = body.String("containerInstance") is { } ci
                ? EcsLookup.ContainerInstance(world, cluster, ci)?.Arn ?? throw new ApiException("InvalidParameterException", "Container instance not found.")
                : null;
            var family = body.String("family");
            var launchType = body.String("launchType");
            var startedBy = body.String("startedBy");
            var arns = world.Tasks.Values
                .Where(t => t.ClusterName == cluster.Name && t.DesiredStatus == desired)
                .Where(t => service is null || t.ServiceName == service.Name)
                .Where(t => containerInstance is null || t.ContainerInstanceArn == containerInstance)
                .Where(t => family is null || world.TaskDefinitions[t.TaskDefinitionArn].Family == family)
                .Where(t => launchType is null || t.LaunchType == launchType)
                .Where(t => startedBy is null || t.StartedBy == startedBy)
                .Select(t => t.Arn)
                .ToList();
            var (page, next) = EcsPaging.Page(arns, body.Int("maxResults"), body.String("nextToken"));
            return new JsonObject { ["taskArns"] = EcsJson.Strings(page) }.With("nextToken", next);
        });
    }

    public static JsonObject Failure(string arn, string reason, string? detail = null) =>
        new JsonObject { ["arn"] = arn, ["reason"] = reason }.With("detail", detail);
}
