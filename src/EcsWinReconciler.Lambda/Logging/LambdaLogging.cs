using Microsoft.Extensions.Logging;

namespace EcsWinReconciler.Lambda.Logging;

/// <summary>The logger factory of the Lambda process: <see cref="JsonLoggerProvider"/> only, at one minimum level.</summary>
public static class LambdaLogging
{
    public static ILoggerFactory Create(TextWriter output, TimeProvider time, LogLevel minimum) =>
        new LoggerFactory([new JsonLoggerProvider(output, time)], new LoggerFilterOptions { MinLevel = minimum });

    /// <summary>Reads a level by .NET name (Information) or by Lambda's (INFO, WARN, FATAL); null when unknown.</summary>
    public static LogLevel? ParseLevel(string? text) => text?.Trim().ToUpperInvariant() switch
    {
        "TRACE" => LogLevel.Trace,
        "DEBUG" => LogLevel.Debug,
        "INFO" or "INFORMATION" => LogLevel.Information,
        "WARN" or "WARNING" => LogLevel.Warning,
        "ERROR" => LogLevel.Error,
        "FATAL" or "CRITICAL" => LogLevel.Critical,
        _ => null,
    };
}
