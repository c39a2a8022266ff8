using Microsoft.Extensions.Logging;

namespace EcsWinReconciler.Cli.Hosting;

/// <summary>
/// --verbose: one line per log entry on stderr, with the entry's scopes (cluster, task, spec) in front, so the
/// reconciler's logs can be read next to the output without a logging framework.
/// </summary>
internal class StderrLogger(TextWriter error, LogLevel minimum, string? category = null) : ILogger
{
    private readonly AsyncLocal<ScopeFrame?> _scopes = new();

    public IDisposable BeginScope<TState>(TState state)
        where TState : notnull
    {
        var frame = new ScopeFrame(state, _scopes.Value, this);
        _scopes.Value = frame;
        return frame;
    }

    public bool IsEnabled(LogLevel logLevel) => logLevel >= minimum && logLevel != LogLevel.None;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!IsEnabled(logLevel))
        {
            return;
        }

        var scope = _scopes.Value is { } frame ? $"[{frame}] " : string.Empty;
        var source = category is null ? string.Empty : $"{category}: ";
        var line = $"{Level(logLevel)} {source}{scope}{formatter(state, exception)}";
        lock (error)
        {
            error.WriteLine(exception is null ? line : $"{line}: {exception.Message}");
        }
    }

    private static string Level(LogLevel level) => level switch
    {
        LogLevel.Trace => "trce",
        LogLevel.Debug => "dbug",
        LogLevel.Information => "info",
        LogLevel.Warning => "warn",
        LogLevel.Error => "fail",
        _ => "crit",
    };

    private sealed class ScopeFrame(object state, ScopeFrame? parent, StderrLogger owner) : IDisposable
    {
        public void Dispose() => owner._scopes.Value = parent;

        public override string ToString()
        {
            var own = state is IEnumerable<KeyValuePair<string, object>> pairs
                ? string.Join(' ', pairs.Select(p => $"{p.Key}={p.Value}"))
                : state.ToString();
            return parent is null ? own ?? string.Empty : $"{parent} {own}";
        }
    }
}

/// <summary>The typed form, for <c>ILogger&lt;Reconciler&gt;</c>.</summary>
internal sealed class StderrLogger<T>(TextWriter error, LogLevel minimum) : StderrLogger(error, minimum), ILogger<T>;
