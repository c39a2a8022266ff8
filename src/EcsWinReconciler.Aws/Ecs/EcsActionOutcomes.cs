using EcsWinReconciler.Aws.Ecs.Wire;
using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.Core.Planning;

namespace EcsWinReconciler.Aws.Ecs;

/// <summary>The pure part of <see cref="EcsActuator"/>: what an ECS answer or error means for the action.</summary>
public static class EcsActionOutcomes
{
    /// <summary>StopTask answers with the task: already STOPPED (or being deleted) means someone got there first.</summary>
    public static ActionOutcome FromStoppedTask(ReplaceTask action, EcsTask? task)
    {
        ArgumentNullException.ThrowIfNull(action);
        return task?.LastStatus is TaskLifecycle.Stopped or TaskLifecycle.Deleted
            ? ActionOutcome.AlreadyDone($"task {action.TaskArn} was already stopped")
            : ActionOutcome.Applied($"{action.Describe()}: stop requested ({task?.LastStatus ?? "no status"} → STOPPED)");
    }

    public static ActionOutcome FromError(RemediationAction action, EcsApiException error)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(error);
        var said = $"{error.ErrorCode ?? error.Kind.ToString()}: {error.ServiceMessage}";
        return error.Kind switch
        {
            EcsErrorKind.ClusterNotFound or EcsErrorKind.ServiceNotFound or EcsErrorKind.ServiceNotActive =>
                ActionOutcome.ResourceGone($"{action.Describe()}: {said}"),

            // ECS answers StopTask on an unknown task with InvalidParameterException "The referenced task was not found."
            EcsErrorKind.InvalidParameter or EcsErrorKind.ClientException when action is ReplaceTask && SaysNotFound(error) =>
                ActionOutcome.ResourceGone($"{action.Describe()}: {said}"),
            _ => ActionOutcome.Failed($"{action.Describe()}: {said}{(error.IsTransient ? " (transient; retry later)" : string.Empty)}"),
        };
    }

    private static bool SaysNotFound(EcsApiException error) => error.ServiceMessage.Contains("not found", StringComparison.OrdinalIgnoreCase);
}
