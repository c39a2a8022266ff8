using Microsoft.Extensions.Logging;

namespace EcsWinReconciler.Lambda.Runtime;

/// <summary>The runtime loop's log lines (event ids 3000–3099). No event bodies.</summary>
internal static partial class RuntimeLog
{
    [LoggerMessage(EventId = 3000, Level = LogLevel.Debug, Message = "Invocation received: {BodyBytes} byte(s), {RemainingMs} ms to the deadline")]
    public static partial void InvocationReceived(ILogger logger, int bodyBytes, long remainingMs);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning, Message = "The invocation had no usable {Header} header; assuming a deadline of {Deadline}")]
    public static partial void DeadlineMissing(ILogger logger, string header, DateTimeOffset deadline);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Error, Message = "The handler failed with {ErrorType}; posting an invocation error")]
    public static partial void HandlerFailed(ILogger logger, string errorType, Exception exception);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Error, Message = "The invocation was cancelled at its deadline {Deadline} minus {MarginMs} ms; posting an invocation error")]
    public static partial void DeadlineExceeded(ILogger logger, DateTimeOffset deadline, double marginMs);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Error, Message = "Lambda refused the response of {ResponseBytes} byte(s) as too large; posting an invocation error")]
    public static partial void ResponseTooLarge(ILogger logger, int responseBytes);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Critical, Message = "Initialisation failed with {ErrorType}; posting an init error")]
    public static partial void InitFailed(ILogger logger, string errorType, Exception exception);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Information, Message = "The runtime loop stops: shutdown requested")]
    public static partial void ShuttingDown(ILogger logger);
}
