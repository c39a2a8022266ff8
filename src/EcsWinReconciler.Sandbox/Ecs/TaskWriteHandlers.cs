using System.Text.Json.Nodes;
using EcsWinReconciler.Sandbox.Lifecycle;
using EcsWinReconciler.Sandbox.State;
using EcsWinReconciler.Sandbox.Wire;

namespace EcsWinReconciler.Sandbox.Ecs;

/// <summary>StopTask (reason ≤ 255 → stoppedReason, stopCode UserInitiated; docs/FACTS.md §5.3) and RunTask.</summary>
internal static class TaskWriteHandlers
{
    public const int MaxReasonLength = 255;

    public static JsonObject Stop(EcsRequest request)
    {
        var id = request.Body.String("task") ?? throw new ApiException("InvalidParameterException", "task can not be blank.");
        var reason = request.Body.String("reason");
        if (reason is { Length: > MaxReasonLength })
        {
            throw new ApiException("InvalidParameterException", $"Reason can have at most {MaxReasonLength} characters.");
        }

        return request.State.Write(world =>
        {
            var cluster = EcsLookup.Cluster(world, request.Body.String("cluster"));
            var task = EcsLookup.Task(world, cluster, id) ?? throw new ApiException("InvalidParameterException", "The referenced task was not found.");
            if (TaskTransitions.RequestStop(world, task, StopCodes.UserInitiated, reason ?? "Task stopped by the user"))
            {
                world.RecordWrite("ecs", request.Operation, task.Arn, "reason=" + task.StoppedReason);
            }

            // ECS answers with the task as it is now (still RUNNING, desired STOPPED); the lifecycle goes on after.
            var answer = new JsonObject { ["task"] = TaskJson.Build(world, task, TaskJsonStyle.Api) };
            request.SettleIfImmediate(world);
            return answer;
        });
    }

    public static JsonObject Run(EcsRequest request)
    {
        var body = request.Body;
        var reference = body.String("taskDefinition") ?? throw new ApiException("InvalidParameterException", "taskDefinition can not be blank.");
        var count = body.Int("count") ?? 1;
        if (count is < 1 or > 10 || (body.String("launchType") ?? "EC2") != "EC2")
        {
            throw new ApiException("InvalidParameterException", "count must be 1-10 and the sandbox runs only the EC2 launch type.");
        }

        return request.State.Write(world =>
        {
            var cluster = EcsLookup.Cluster(world, body.String("cluster"));
            var definition = EcsLookup.TaskDefinition(world, reference) ?? throw new ApiException("ClientException", "Unable to describe task definition.");
            var network = NetworkConfigurationParser.Parse(world, body);
            if (network is null && definition.NetworkMode == "awsvpc")
            {
                throw new ApiException("InvalidParameterException", "Network Configuration must be provided when networkMode 'awsvpc' is specified.");
            }

            var launch = new LaunchRequest(cluster.Name, definition, network!, body.String("group") ?? $"family:{definition.Family}", body.String("startedBy"));
            var results = Enumerable.Range(0, count).Select(_ => TaskLauncher.Launch(world, launch)).ToList();
            foreach (var task in results.Select(r => r.Task).OfType<EcsTask>())
            {
                world.RecordWrite("ecs", request.Operation, task.Arn, "taskDefinition=" + definition.Arn);
            }

            var answer = new JsonObject
            {
                ["tasks"] = EcsJson.Array(results.Select(r => r.Task).OfType<EcsTask>().Select(t => TaskJson.Build(world, t, TaskJsonStyle.Api))),
                ["failures"] = EcsJson.Array(results.Where(r => r.Task is null).Select(r => TaskReadHandlers.Failure(cluster.Arn, r.FailureReason!))),
            };
            request.SettleIfImmediate(world);
            return answer;
        });
    }
}
