using DiffPlex.Renderer;

namespace EcsWinReconciler.Cli.Specs;

/// <summary>
/// A line diff in unified format (<c>---</c>/<c>+++</c> headers, <c>@@ -a,b +c,d @@</c> hunks, three lines of
/// context), rendered by DiffPlex.
/// </summary>
internal static class UnifiedDiff
{
    public const int Context = 3;

    private static readonly UnidiffRenderer Renderer = new(differ: null, contextLines: Context);

    /// <summary>The diff as lines (no trailing newlines); empty when the texts are equal.</summary>
    public static IReadOnlyList<string> Format(string before, string after, string fromLabel, string toLabel)
    {
        var oldText = Normalise(before);
        var newText = Normalise(after);
        if (string.Equals(oldText, newText, StringComparison.Ordinal))
        {
            return [];
        }

        var lines = Renderer.Generate(oldText, newText, fromLabel, toLabel, ignoreWhitespace: false, ignoreCase: false)
            .Split('\n')
            .ToList();
        if (lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        // DiffPlex numbers an empty side's range from line 1 ("-1,0"); the unified format (GNU diff, git, patch)
        // puts an empty range at the line before it, line 0. Only a side with no lines at all has an empty range:
        // any other hunk carries at least one context line on both sides.
        if (oldText.Length == 0)
        {
            lines[2] = lines[2].Replace("@@ -1,0 ", "@@ -0,0 ", StringComparison.Ordinal);
        }

        if (newText.Length == 0)
        {
            lines[2] = lines[2].Replace(" +1,0 @@", " +0,0 @@", StringComparison.Ordinal);
        }

        return lines;
    }

    /// <summary>
    /// One line ending, and no final one: DiffPlex would count the empty text after a final newline as a line
    /// of its own, which the unified format does not.
    /// </summary>
    private static string Normalise(string text)
    {
        var unix = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        return unix.EndsWith('\n') ? unix[..^1] : unix;
    }
}
