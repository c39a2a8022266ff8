using Microsoft.Extensions.Logging;

namespace EcsWinReconciler.Cli.Hosting;

/// <summary>Hands the AWS adapters loggers that write to stderr, each line prefixed with the logger's short category.</summary>
internal sealed class StderrLoggerFactory(TextWriter error, LogLevel minimum) : ILoggerFactory
{
    public ILogger CreateLogger(string categoryName) => new StderrLogger(error, minimum, categoryName[(categoryName.LastIndexOf('.') + 1)..]);

    public void AddProvider(ILoggerProvider provider)
    {
    }

    public void Dispose()
    {
    }
}
