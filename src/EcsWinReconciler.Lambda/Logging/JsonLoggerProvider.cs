using Microsoft.Extensions.Logging;

namespace EcsWinReconciler.Lambda.Logging;

/// <summary>
/// Structured logs for Lambda: one JSON line per entry on <paramref name="output"/> (stdout → CloudWatch Logs),
/// formatted without reflection (Native AOT). Scopes come from the logger factory (<see cref="ISupportExternalScope"/>).
/// </summary>
public sealed class JsonLoggerProvider(TextWriter output, TimeProvider time) : ILoggerProvider, ISupportExternalScope
{
    private readonly Lock _gate = new();

    internal IExternalScopeProvider Scopes { get; private set; } = new LoggerExternalScopeProvider();

    internal TimeProvider Time => time;

    public ILogger CreateLogger(string categoryName) => new JsonLogger(categoryName, this);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => Scopes = scopeProvider;

    public void Dispose() => output.Flush();

    internal void Write(LogRecord record)
    {
        var line = JsonLogFormatter.Format(record);
        lock (_gate)
        {
            output.WriteLine(line);
        }
    }
}
