using System.Text.RegularExpressions;
using EcsWinReconciler.Cli.Output.Tables;

namespace EcsWinReconciler.Cli.Tests.Output.Golden;

/// <summary>
/// What a fitted table must keep, whatever the width: every line within it (unless one word alone is wider), every id,
/// ARN, CIDR and key whole, and every cell's text shown — inline, under its row, cut at a word with an ellipsis in a
/// column that may be cut, or in a column the last line names as not shown. Nothing else may go missing.
/// </summary>
internal static partial class TableFaithfulness
{
    public static void Check(TableData table, IReadOnlyList<string> lines, int width)
    {
        var text = string.Join('\n', lines);
        var flat = Spaces().Replace(text, " ");
        var noteStart = lines.ToList().FindLastIndex(l => l.StartsWith('('));
        var note = noteStart < 0 ? string.Empty : string.Join(' ', lines.Skip(noteStart));
        foreach (var line in lines)
        {
            Assert.True(line.Length <= width || line.Split(' ').Any(w => w.Length > width - 6), $"line longer than {width}: {line}");
        }

        foreach (var row in table.Rows)
        {
            for (var i = 0; i < table.Columns.Count; i++)
            {
                var column = table.Columns[i];
                var cell = row[i].Text;
                if (column.WideOnly || cell.Length == 0 || note.Contains(column.Header, StringComparison.Ordinal))
                {
                    continue;
                }

                if (column.Overflow == Overflow.Truncate && !flat.Contains(cell, StringComparison.Ordinal))
                {
                    var shown = cell.Split(' ')[0];
                    Assert.True(flat.Contains("…", StringComparison.Ordinal), $"{column.Header} '{cell}' is cut without an ellipsis");
                    Assert.True(flat.Contains(shown, StringComparison.Ordinal) || flat.Contains(" …", StringComparison.Ordinal), $"{column.Header} '{cell}' is gone");
                    continue;
                }

                Assert.True(flat.Contains(Spaces().Replace(cell, " "), StringComparison.Ordinal), $"{column.Header} '{cell}' was dropped without notice:\n{text}");
                foreach (Match token in Token().Matches(cell))
                {
                    Assert.True(text.Contains(token.Value, StringComparison.Ordinal), $"'{token.Value}' is broken:\n{text}");
                }
            }
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    // Ids, ARNs, CIDRs, alert keys and 32-hex task ids: the words that must never be split.
    [GeneratedRegex(@"arn:aws[^\s,)]*|(?:sg|sgr|eni|vpc|subnet|dopt)-[0-9a-f]+|\d+\.\d+\.\d+\.\d+(?:/\d+)?|\b[0-9a-f]{32}\b|[\w.-]+:[\w.-]+@[^\s,]+")]
    private static partial Regex Token();
}
