using EcsWinReconciler.Cli.Backend;
using EcsWinReconciler.Cli.Specs;

namespace EcsWinReconciler.Cli.Hosting;

/// <summary>
/// Everything <c>ewr</c> touches outside itself: the standard streams (and whether they are terminals), the
/// environment, the clock, the file system and the AWS backend. <see cref="System"/> is the real process; tests
/// build one over string writers, a fake backend and a fake clock, and run commands in-process.
/// </summary>
public sealed record CliHost(
    TextWriter Out,
    TextWriter Error,
    TextReader In,
    bool OutIsTerminal,
    bool ErrorIsTerminal,
    Func<string, string?> Environment,
    TimeProvider Time,
    ISpecInputFiles Files,
    IBackendFactory Backends)
{
    /// <summary>The terminal's width in columns, when stdout is one and it can be measured (else null: 80 is assumed).</summary>
    public Func<int?> TerminalWidth { get; init; } = () => null;

    public static CliHost System(IBackendFactory backends) => new(
        Console.Out,
        Console.Error,
        Console.In,
        !Console.IsOutputRedirected,
        !Console.IsErrorRedirected,
        global::System.Environment.GetEnvironmentVariable,
        TimeProvider.System,
        new FileSystemSpecFiles(),
        backends)
    {
        TerminalWidth = Output.TerminalWidth.OfConsole,
    };
}
