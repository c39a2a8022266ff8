using Microsoft.Extensions.Logging;

namespace EcsWinReconciler.Aws.Ecs;

/// <summary>Log events of the ECS client and adapters. Event ids 3300–3399 belong to this folder.</summary>
internal static partial class EcsLog
{
    [LoggerMessage(EventId = 3301, Level = LogLevel.Warning,
        Message = "ECS {Operation} ({ResourceId}) failed after its retries: {Kind} {ErrorCode}: {ErrorMessage}")]
    public static partial void CallFailed(ILogger logger, string operation, string? resourceId, EcsErrorKind kind, string? errorCode, string errorMessage);

    [LoggerMessage(EventId = 3302, Level = LogLevel.Debug,
        Message = "ECS {Operation} in {Cluster}: {Arn} reported as {Reason} ({Detail})")]
    public static partial void ItemFailed(ILogger logger, string operation, string cluster, string? arn, string? reason, string? detail);

    [LoggerMessage(EventId = 3303, Level = LogLevel.Information,
        Message = "ECS action {ActionKey} (dry run: {DryRun}) ended {Result}: {Detail}")]
    public static partial void ActionEnded(ILogger logger, string actionKey, bool dryRun, string result, string detail);

    [LoggerMessage(EventId = 3304, Level = LogLevel.Warning,
        Message = "ECS returned a task without {Field}; it is skipped ({TaskArn})")]
    public static partial void TaskIncomplete(ILogger logger, string field, string? taskArn);
}
