using System.Text.Json.Serialization.Metadata;
using EcsWinReconciler.Cli.Backend;
using EcsWinReconciler.Cli.Output;
using EcsWinReconciler.Cli.Output.Tables;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Spectre.Console;

namespace EcsWinReconciler.Cli.Hosting;

/// <summary>
/// One invocation: the host, the common options, the consoles (stdout for results, stderr for progress), the table
/// style (the width to fit, wide, headers, colour) and the backend, created on first use and disposed at the end.
/// </summary>
internal sealed class CommandContext(CliHost host, CommonSettings settings) : IDisposable
{
    private IAnsiConsole? _out;
    private IAnsiConsole? _progress;
    private IBackend? _backend;

    public CliHost Host { get; } = host;

    public CommonSettings Settings { get; } = settings;

    public OutputFormat Format => Settings.Output;

    /// <summary>JSON or YAML: data for scripts, not a table for people.</summary>
    public bool WantsData => Format is OutputFormat.Json or OutputFormat.Yaml;

    public bool Colour => ConsoleFactory.WantsColour(Host.OutIsTerminal, Settings.NoColor, Host.Environment);

    /// <summary>The width stdout's tables fit; null when stdout is not a terminal (rows are never wrapped there).</summary>
    public int? Width => TerminalWidth.For(Host.OutIsTerminal, Host.Environment, Host.TerminalWidth);

    public TableStyle Tables => new(Width, Format == OutputFormat.Wide, !Settings.NoHeaders, Colour);

    /// <summary>Results: diffs, summaries (tables go through <see cref="Write(TableData)"/>).</summary>
    public IAnsiConsole Out => _out ??= ConsoleFactory.Create(Host.Out, Host.OutIsTerminal, Colour, Width);

    /// <summary>The width stderr's messages fit; null when stderr is not a terminal.</summary>
    public int? ErrorWidth => TerminalWidth.For(Host.ErrorIsTerminal, Host.Environment, Host.TerminalWidth);

    /// <summary>Progress and notes, on stderr so that stdout stays clean for pipes and -o json.</summary>
    public IAnsiConsole Progress => _progress ??= ConsoleFactory.Create(
        Host.Error, Host.ErrorIsTerminal, ConsoleFactory.WantsColour(Host.ErrorIsTerminal, Settings.NoColor, Host.Environment),
        TerminalWidth.For(Host.ErrorIsTerminal, Host.Environment, Host.TerminalWidth));

    public IBackend Backend => _backend ??= CreateBackend();

    /// <summary>A live display (a progress bar) owns stderr: the slow-call notice keeps quiet meanwhile.</summary>
    public bool LiveDisplay { get; set; }

    /// <summary>Where AWS calls go, for error messages: the endpoint given, or null for AWS itself.</summary>
    public Uri? Endpoint => Settings.EndpointUrl ?? (Uri.TryCreate(Host.Environment("AWS_ENDPOINT_URL"), UriKind.Absolute, out var url) ? url : null);

    /// <summary>Writes a table fitted to stdout (see <see cref="TableStyle"/>).</summary>
    public void Write(TableData table)
    {
        // Spectre may hold a partial line for the same writer; flush it first so lines stay in order.
        _out?.Profile.Out.Writer.Flush();
        Tables.Write(Host.Out, table);
    }

    /// <summary>Writes a line of prose fitted to stdout: wrapped at spaces, wrapped parts indented by <paramref name="hang"/>.</summary>
    public void Say(string line, int hang = 0, CellStyle style = CellStyle.Plain)
    {
        _out?.Profile.Out.Writer.Flush();
        Prose.Write(Host.Out, line, hang, Width, style, Colour);
    }

    /// <summary>
    /// Writes a line exactly as given, never wrapped (coloured on a terminal that takes colour): a shell command to
    /// paste, a diff line. A line break inserted to fit the width would be pasted too (<c>export</c> alone, then a
    /// variable set but not exported) or break the diff (a continuation without its <c>+</c>); the terminal's own soft
    /// wrap is copied back as one line.
    /// </summary>
    public void Verbatim(string line, CellStyle style = CellStyle.Plain)
    {
        _out?.Profile.Out.Writer.Flush();
        Host.Out.Write(Ansi.Paint(line, style, Colour) + "\n");
    }

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
