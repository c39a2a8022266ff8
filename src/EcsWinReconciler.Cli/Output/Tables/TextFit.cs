namespace EcsWinReconciler.Cli.Output.Tables;

/// <summary>
/// Cuts and wraps text at spaces only, so a word — an id, an ARN, a CIDR, a key — is never split: a word longer than
/// the line gets a line of its own.
/// </summary>
internal static class TextFit
{
    public const string Ellipsis = "…";

    /// <summary>The text if it fits; else the words that fit before the last space, then an ellipsis (at most <paramref name="width"/> characters).</summary>
    public static string Cut(string text, int width)
    {
        if (text.Length <= width)
        {
            return text;
        }

        var space = width >= 2 ? text.LastIndexOf(' ', width - 1) : -1;
        return space > 0 ? text[..space].TrimEnd() + Ellipsis : Ellipsis;
    }

    /// <summary>Lines of at most <paramref name="width"/> characters (a longer word stands alone); null width: one line.</summary>
    public static IReadOnlyList<string> Wrap(string text, int? width)
    {
        if (width is not { } limit || text.Length <= limit)
        {
            return [text];
        }

        var lines = new List<string>();
        var line = string.Empty;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length == 0)
            {
                line = word;
            }
            else if (line.Length + 1 + word.Length <= limit)
            {
                line += " " + word;
            }
            else
            {
                lines.Add(line);
                line = word;
            }
        }

        lines.Add(line);
        return lines;
    }
}
