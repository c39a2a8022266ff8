using Microsoft.Extensions.Logging;

namespace EcsWinReconciler.Lambda.Logging;

/// <summary>One log entry, ready to format: its properties are the scopes' (outer first) then the message's.</summary>
internal sealed record LogRecord(
    DateTimeOffset Time,
    LogLevel Level,
    string Category,
    EventId EventId,
    string Message,
    IReadOnlyList<KeyValuePair<string, object?>> Properties,
    Exception? Exception);
