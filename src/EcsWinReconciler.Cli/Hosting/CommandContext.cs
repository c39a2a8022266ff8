using System.Text.Json.Serialization.Metadata;
using EcsWinReconciler.Cli.Backend;
using EcsWinReconciler.Cli.Output;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Spectre.Console;

namespace EcsWinReconciler.Cli.Hosting;

/// <summary>
/// One invocation: the host, the common options, the consoles (stdout for results, stderr for progress) and the
/// backend, created on first use and disposed at the end.
/// </summary>
internal sealed class CommandContext(CliHost host, CommonSettings settings) : IDisposable
{
    private IAnsiConsole? _out;
    private IAnsiConsole? _progress;
    private IBackend? _backend;

    public CliHost Host { get; } = host;

    public CommonSettings Settings { get; } = settings;

    public OutputFormat Format => Settings.Output;

    public bool Colour => ConsoleFactory.WantsColour(Host.OutIsTerminal, Settings.NoColor, Host.Environment);

    /// <summary>Results: tables, diffs, summaries.</summary>
    public IAnsiConsole Out => _out ??= ConsoleFactory.Create(Host.Out, Host.OutIsTerminal, Colour, Host.Environment);

    /// <summary>Progress and notes, on stderr so that stdout stays clean for pipes and -o json.</summary>
    public IAnsiConsole Progress => _progress ??= ConsoleFactory.Create(
        Host.Error, Host.ErrorIsTerminal, ConsoleFactory.WantsColour(Host.ErrorIsTerminal, Settings.NoColor, Host.Environment), Host.Environment);

    public IBackend Backend => _backend ??= CreateBackend();

    /// <summary>Writes a result as JSON or YAML (for table output the command renders its own table).</summary>
    public void WriteData<T>(T value, JsonTypeInfo<T> type) =>
        Host.Out.Write(DataWriter.Serialize(value, type, Format));

    public ILogger<T> Logger<T>() =>
        Settings.Verbose ? new StderrLogger<T>(Host.Error, LogLevel.Debug) : NullLogger<T>.Instance;

    public void Dispose()
    {
        // Non-terminal consoles trim trailing padding line by line; flush whatever line is left.
        _out?.Profile.Out.Writer.Flush();
        _progress?.Profile.Out.Writer.Flush();
        _backend?.Dispose();
    }

    private IBackend CreateBackend()
    {
        var backend = Host.Backends.Create(Settings.Backend);
        if (Settings.Verbose)
        {
            Host.Error.WriteLine($"backend: {backend.Description}");
        }

        return backend;
    }
}
