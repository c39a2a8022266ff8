using Microsoft.Extensions.Logging;

namespace EcsWinReconciler.Sandbox.Hosting;

/// <summary>The sandbox's log lines (stable event ids).</summary>
internal static partial class SandboxLog
{
    [LoggerMessage(EventId = 9001, Level = LogLevel.Information, Message = "Sandbox listening on {Endpoint} with scenario {Scenario}")]
    public static partial void Started(ILogger logger, Uri endpoint, string scenario);

    [LoggerMessage(EventId = 9002, Level = LogLevel.Debug, Message = "{Service} {Operation} -> {Status} {ErrorCode}")]
    public static partial void Answered(ILogger logger, string service, string operation, int status, string? errorCode);

    [LoggerMessage(EventId = 9003, Level = LogLevel.Information, Message = "Fault injected into {Service} {Operation}: {ErrorCode}")]
    public static partial void FaultInjected(ILogger logger, string service, string operation, string errorCode);

    [LoggerMessage(EventId = 9005, Level = LogLevel.Error, Message = "{Service} {Operation} failed inside the sandbox")]
    public static partial void Failed(ILogger logger, string service, string operation, Exception exception);

    [LoggerMessage(EventId = 9004, Level = LogLevel.Information, Message = "Fault plan deleted ENI {EniId}")]
    public static partial void EniDeleted(ILogger logger, string eniId);
}
