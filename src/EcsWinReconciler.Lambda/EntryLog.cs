using Microsoft.Extensions.Logging;

namespace EcsWinReconciler.Lambda;

/// <summary>The process's own log lines (event ids 3100–3109).</summary>
internal static partial class EntryLog
{
    [LoggerMessage(EventId = 3100, Level = LogLevel.Critical, Message = "{Variable} is not set: this binary runs only inside AWS Lambda (use sam local invoke to run it locally)")]
    public static partial void NotInLambda(ILogger logger, string variable);

    [LoggerMessage(EventId = 3101, Level = LogLevel.Information, Message = "Function {Function} ready (remediation mode {Mode})")]
    public static partial void Ready(ILogger logger, string function, string mode);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Critical, Message = "The Lambda Runtime API failed; exiting so Lambda starts a fresh environment")]
    public static partial void RuntimeApiBroken(ILogger logger, Exception exception);
}
