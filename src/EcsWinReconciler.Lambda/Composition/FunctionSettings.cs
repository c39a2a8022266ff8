using EcsWinReconciler.Lambda.Logging;
using Microsoft.Extensions.Logging;

namespace EcsWinReconciler.Lambda.Composition;

/// <summary>
/// Everything a function is configured with, read once at initialisation from the environment
/// (<see cref="EnvironmentVariables"/>): the stack's <see cref="Deployment"/>, and what only a function has (its
/// handler, log level and stop margin). <see cref="Read"/> reports every problem at once.
/// </summary>
public sealed record FunctionSettings
{
    public required FunctionKind Function { get; init; }

    public DeploymentSettings Deployment { get; init; } = new();

    public LogLevel LogLevel { get; init; } = LogLevel.Information;

    /// <summary>Runs over many tasks stop taking new batches this long before the deadline.</summary>
    public TimeSpan StopMargin { get; init; } = TimeSpan.FromSeconds(20);

    public string FunctionName => FunctionNames.Of(Function);

    /// <summary>Reads the settings; throws <see cref="ConfigurationException"/> listing every problem.</summary>
    public static FunctionSettings Read(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var reader = new SettingsReader(environment);
        var function = Handler(reader);
        var settings = new FunctionSettings
        {
            Function = function ?? FunctionKind.TaskState,
            Deployment = DeploymentSettings.Read(reader),
            LogLevel = Level(reader),
            StopMargin = TimeSpan.FromSeconds(reader.Int(EnvironmentVariables.StopMarginSeconds, 20, min: 0)),
        };
        return reader.Problems.Count == 0 ? settings : throw ConfigurationException.Of(reader.Problems);
    }

    private static FunctionKind? Handler(SettingsReader reader)
    {
        var handler = reader.Text(EnvironmentVariables.Handler);
        var kind = FunctionNames.Parse(handler);
        if (kind is null)
        {
            reader.Problems.Add($"{EnvironmentVariables.Handler} must be one of {string.Join(", ", FunctionNames.All)}, not {(handler is null ? "unset" : SettingsReader.Shown(handler))}");
        }

        return kind;
    }

    private static LogLevel Level(SettingsReader reader)
    {
        var text = reader.Text(EnvironmentVariables.LogLevel) ?? reader.Text(EnvironmentVariables.LambdaLogLevel);
        if (text is null)
        {
            return LogLevel.Information;
        }

        if (LambdaLogging.ParseLevel(text) is { } level)
        {
            return level;
        }

        reader.Problems.Add($"{EnvironmentVariables.LogLevel} must be TRACE, DEBUG, INFO, WARN, ERROR or FATAL");
        return LogLevel.Information;
    }
}
