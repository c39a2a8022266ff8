using Microsoft.Extensions.Logging;

namespace EcsWinReconciler.Core.Reconciliation;

/// <summary>One task's failure never stops the batch: it is logged in the task's scope and the task is reported failed; cancellation propagates.</summary>
internal static class TaskGuard
{
    public static async Task RunAsync(TaskContext context, ILogger logger, Func<Task> work, CancellationToken cancellationToken)
    {
        using var scope = logger.BeginScope(LogScope(context));
        try
        {
            await work().ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            ReconcilerLog.TaskFailed(logger, Networking.AwsIds.TaskId(context.Target.TaskArn), ex);
            context.Fail(ex.Message);
        }
    }

    public static void Run(TaskContext context, ILogger logger, Action work)
    {
        using var scope = logger.BeginScope(LogScope(context));
        try
        {
            work();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            ReconcilerLog.TaskFailed(logger, Networking.AwsIds.TaskId(context.Target.TaskArn), ex);
            context.Fail(ex.Message);
        }
    }

    public static Dictionary<string, object> LogScope(TaskContext context) => new(StringComparer.Ordinal)
    {
        ["cluster"] = Networking.AwsIds.ClusterName(context.Target.Cluster),
        ["family"] = context.Task?.Family ?? "?",
        ["taskId"] = Networking.AwsIds.TaskId(context.Target.TaskArn),
        ["spec"] = context.Spec?.Name ?? "-",
        ["generation"] = context.Spec?.Generation ?? 0,
    };
}
