using Microsoft.Extensions.Logging;

namespace EcsWinReconciler.Lambda.Logging;

/// <summary>A logger of <see cref="JsonLoggerProvider"/>: gathers the scopes and the message's properties into one record.</summary>
internal sealed class JsonLogger(string category, JsonLoggerProvider provider) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => provider.Scopes.Push(state);

    public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        if (!IsEnabled(logLevel))
        {
            return;
        }

        var properties = new List<KeyValuePair<string, object?>>();
        provider.Scopes.ForEachScope(static (scope, list) => Collect(scope, list), properties);
        Collect(state, properties);
        provider.Write(new LogRecord(provider.Time.GetUtcNow(), logLevel, category, eventId, formatter(state, exception), properties, exception));
    }

    private static void Collect(object? source, List<KeyValuePair<string, object?>> properties)
    {
        switch (source)
        {
            case IEnumerable<KeyValuePair<string, object?>> pairs:
                properties.AddRange(pairs);
                break;
            case null:
            case string:
                // A plain-text scope or message carries no properties (the message itself is written anyway).
                break;
            default:
                properties.Add(new("scope", source.ToString()));
                break;
        }
    }
}
