namespace EcsWinReconciler.Core.Specs.Yaml;

/// <summary>
/// What the YAML parser reports badly, at its own 1-based line and column: a file that is not text at all (a NUL or
/// other control character: an image, an archive, UTF-16), which the parser calls a missing document end; and a tab in
/// indentation, which it reports at the start of the enclosing mapping.
/// </summary>
internal static class TextProblems
{
    public static NodeProblem? NotText(string text)
    {
        var (line, column) = (1, 1);
        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not '\t' and not '\r' and not '\n')
            {
                return new NodeProblem(new SourcePosition(line, column), DocPath.Root,
                    $"the file is not text (control character U+{(int)c:X4}); spec files are YAML or JSON in UTF-8");
            }

            (line, column) = c == '\n' ? (line + 1, 1) : (line, column + 1);
        }

        return null;
    }

    /// <summary>The first tab among a line's leading whitespace (only asked once the parser complained of a tab: JSON may indent with tabs).</summary>
    public static SourcePosition? IndentationTab(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indentation = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', StringComparison.Ordinal);
            if (tab >= 0 && tab < indentation)
            {
                return new SourcePosition(i + 1, tab + 1);
            }
        }

        return null;
    }
}
