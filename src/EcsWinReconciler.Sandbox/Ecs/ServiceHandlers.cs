using System.Text.Json.Nodes;
using EcsWinReconciler.Sandbox.State;
using EcsWinReconciler.Sandbox.Wire;

namespace EcsWinReconciler.Sandbox.Ecs;

/// <summary>
/// DescribeServices, ListServices and UpdateService. A new task definition, a new awsvpcConfiguration or forceNewDeployment
/// starts a deployment: the scheduler replaces the old tasks with tasks that use the new configuration.
/// </summary>
internal static class ServiceHandlers
{
    public static JsonObject Describe(EcsRequest request)
    {
        var names = request.Body.StringList("services") ?? [];
        if (names.Count is 0 or > 10)
        {
            throw new ApiException("InvalidParameterException", "services can not be empty and can have at most 10 items.");
        }

        return request.State.Read(world =>
        {
            var cluster = EcsLookup.Cluster(world, request.Body.String("cluster"));
            var found = names.Select(n => (Name: n, Service: EcsLookup.Service(world, cluster, n))).ToList();
            return new JsonObject
            {
                ["services"] = EcsJson.Array(found.Where(f => f.Service is not null).Select(f => ServiceJson.Build(world, f.Service!, IncludesTags(request)))),
                ["failures"] = EcsJson.Array(found.Where(f => f.Service is null).Select(f =>
                    TaskReadHandlers.Failure(f.Name.StartsWith("arn:", StringComparison.Ordinal) ? f.Name : world.EcsArn($"service/{cluster.Name}/{f.Name}"), "MISSING"))),
            };
        });
    }

    /// <summary>ListServices: the cluster's services, 10 to a page unless maxResults says otherwise (as ECS).</summary>
    public static JsonObject List(EcsRequest request)
    {
        var body = request.Body;
        var launchType = body.String("launchType");
        var strategy = body.String("schedulingStrategy");
        return request.State.Read(world =>
        {
            var cluster = EcsLookup.Cluster(world, body.String("cluster"));
            var arns = world.Services.Values
                .Where(s => s.ClusterName == cluster.Name && s.Status == "ACTIVE")
                .Where(s => launchType is null || s.LaunchType == launchType)
                .Where(_ => strategy is null or "REPLICA")
                .Select(s => s.Arn)
                .ToList();
            var (page, next) = EcsPaging.Page(arns, body.Int("maxResults"), body.String("nextToken"), pageSize: 10);
            return new JsonObject { ["serviceArns"] = EcsJson.Strings(page) }.With("nextToken", next);
        });
    }

    /// <summary>The request asks for tags (<c>include: ["TAGS"]</c>, DescribeServices and DescribeTasks alike).</summary>
    public static bool IncludesTags(EcsRequest request) => request.Body.StringList("include")?.Contains("TAGS") == true;

    public static JsonObject Update(EcsRequest request)
    {
        var body = request.Body;
        var name = body.String("service") ?? throw new ApiException("InvalidParameterException", "service can not be blank.");
        var desiredCount = body.Int("desiredCount");
        if (desiredCount is < 0)
        {
            throw new ApiException("InvalidParameterException", "desiredCount can not be negative.");
        }

        return request.State.Write(world =>
        {
            var cluster = EcsLookup.Cluster(world, body.String("cluster"));
            var service = EcsLookup.Service(world, cluster, name) ?? throw new ApiException("ServiceNotFoundException", "Service not found.");
            var definition = body.String("taskDefinition") is { } reference
                ? EcsLookup.TaskDefinition(world, reference) ?? throw new ApiException("InvalidParameterException", "TaskDefinition not found.")
                : world.TaskDefinitions[service.TaskDefinitionArn];
            var network = NetworkConfigurationParser.Parse(world, body) ?? service.NetworkConfiguration;
            var redeploy = body.Bool("forceNewDeployment") == true || definition.Arn != service.TaskDefinitionArn || !network.SameAs(service.NetworkConfiguration);

            service.DesiredCount = desiredCount ?? service.DesiredCount;
            if (redeploy)
            {
                StartDeployment(world, service, definition, network);
            }

            world.RecordWrite("ecs", request.Operation, service.Arn, Summary(service, redeploy));
            request.SettleIfImmediate(world);
            return new JsonObject { ["service"] = ServiceJson.Build(world, service) };
        });
    }

    /// <summary>The old primary becomes ACTIVE (draining); the new one is PRIMARY.</summary>
    public static void StartDeployment(SandboxWorld world, EcsService service, TaskDefinition definition, AwsVpcConfiguration network)
    {
        foreach (var old in service.Deployments.Where(d => d.Status == ServiceDeployment.Primary))
        {
            old.Status = ServiceDeployment.Active;
            old.UpdatedAt = world.Now;
        }

        service.Deployments.Insert(0, new ServiceDeployment
        {
            Id = "ecs-svc/" + world.Ids.Digits(19),
            TaskDefinitionArn = definition.Arn,
            Network = network,
            CreatedAt = world.Now,
            UpdatedAt = world.Now,
        });
    }

    private static string Summary(EcsService service, bool redeploy) =>
        $"desiredCount={service.DesiredCount}; securityGroups={string.Join(",", service.NetworkConfiguration.SecurityGroups)}; " +
        $"subnets={string.Join(",", service.NetworkConfiguration.Subnets)}" + (redeploy ? "; new deployment " + service.PrimaryDeployment.Id : string.Empty);
}
