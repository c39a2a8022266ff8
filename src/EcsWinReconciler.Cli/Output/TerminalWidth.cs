namespace EcsWinReconciler.Cli.Output;

/// <summary>
/// The width tables fit: on a terminal, COLUMNS when set, else the terminal's own width, else 80; when the output is
/// not a terminal (a pipe, a file), none at all — rows stay whole on one line for grep and awk, as with kubectl.
/// </summary>
internal static class TerminalWidth
{
    public const int Fallback = 80;

    public static int? For(bool isTerminal, Func<string, string?> environment, Func<int?> measured)
    {
        if (!isTerminal)
        {
            return null;
        }

        if (int.TryParse(environment("COLUMNS"), out var columns) && columns > 0)
        {
            return columns;
        }

        return measured() is > 0 and var width ? width : Fallback;
    }

    /// <summary>The real console's width, or null when there is no console to ask (redirected, no tty).</summary>
    public static int? OfConsole()
    {
        try
        {
            return Console.IsOutputRedirected ? null : Console.WindowWidth;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
