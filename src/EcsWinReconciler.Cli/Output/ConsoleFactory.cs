using Spectre.Console;

namespace EcsWinReconciler.Cli.Output;

/// <summary>
/// Spectre consoles over the host's writers, for prose, diffs and progress (tables have their own renderer,
/// <see cref="Tables.TableRenderer"/>). Colour only when asked for and the stream is a terminal. When it is not (a
/// pipe, a file, a test), lines are never wrapped and carry no trailing padding.
/// </summary>
internal static class ConsoleFactory
{
    private const int PipeWidth = 4096;

    public static IAnsiConsole Create(TextWriter writer, bool isTerminal, bool colour, int? width)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = colour ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = colour ? ColorSystemSupport.Standard : ColorSystemSupport.NoColors,
            Interactive = isTerminal ? InteractionSupport.Yes : InteractionSupport.No,
            Out = new AnsiConsoleOutput(isTerminal ? writer : new LineTrimmingWriter(writer)),
            // Spectre reads NO_COLOR, TERM etc. from here; an empty map keeps it from reading the process environment (the host decided).
            EnvironmentVariables = new Dictionary<string, string>(StringComparer.Ordinal),
        });
        console.Profile.Width = width ?? PipeWidth;
        return console;
    }

    /// <summary>Whether to colour: a terminal, no --no-color, and no NO_COLOR in the environment (https://no-color.org).</summary>
    public static bool WantsColour(bool isTerminal, bool noColorOption, Func<string, string?> environment) =>
        isTerminal && !noColorOption && string.IsNullOrEmpty(environment("NO_COLOR"));
}
