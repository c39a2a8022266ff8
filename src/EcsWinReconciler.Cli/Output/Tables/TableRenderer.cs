using System.Text;

namespace EcsWinReconciler.Cli.Output.Tables;

/// <summary>
/// Writes a table as kubectl prints one — upper-case headers, two spaces between columns, no borders, no trailing
/// spaces — laid out by <see cref="TableLayout"/>: columns that moved under the row are written as an indented
/// <c>name: text</c> block, wrapped at spaces; columns left out are named on a last line.
/// </summary>
internal static class TableRenderer
{
    private const string DetailIndent = "    ";
    private const string ContinuationIndent = "      ";

    public static IReadOnlyList<string> Render(TableData table, TableLayout layout, bool headers, bool colour)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(layout);
        var lines = new List<string>();
        if (headers)
        {
            lines.AddRange(Lines(table, layout, i => new Cell(table.Columns[i].Header, CellStyle.Bold), colour));
        }

        foreach (var row in table.Rows)
        {
            lines.AddRange(Lines(table, layout, i => row[i], colour));
            foreach (var column in layout.Details.Where(i => row[i].Text.Length > 0))
            {
                lines.AddRange(Detail(table.Columns[column].Header, row[column], layout.Width, colour));
            }
        }

        if (layout.Hidden.Count > 0)
        {
            var names = string.Join(", ", layout.Hidden.Select(i => table.Columns[i].Header));
            var note = TextFit.Wrap($"({names} not shown at {layout.Width} columns; -o wide shows every column)", layout.Width - 1);
            lines.AddRange(note.Select((l, n) => Ansi.Paint(n == 0 ? l : " " + l, CellStyle.Dim, colour)));
        }

        return lines;
    }

    /// <summary>The lines of one row: one, unless a <see cref="Overflow.Wrap"/> column wraps its text.</summary>
    private static IEnumerable<string> Lines(TableData table, TableLayout layout, Func<int, Cell> cell, bool colour)
    {
        var cells = layout.Inline.Select(column =>
        {
            var value = cell(column);
            var width = layout.Widths[column];
            IReadOnlyList<string> text = table.Columns[column].Overflow == Overflow.Wrap ? TextFit.Wrap(value.Text, width) : [TextFit.Cut(value.Text, width)];
            return (Lines: text, value.Style, Width: width);
        }).ToList();
        var height = cells.Select(c => c.Lines.Count).DefaultIfEmpty(1).Max();
        for (var k = 0; k < height; k++)
        {
            var line = new StringBuilder();
            for (var n = 0; n < cells.Count; n++)
            {
                var text = k < cells[n].Lines.Count ? cells[n].Lines[k] : string.Empty;
                line.Append(Ansi.Paint(text, cells[n].Style, colour));
                if (n < cells.Count - 1)
                {
                    line.Append(' ', cells[n].Width - text.Length + TableLayout.Gap);
                }
            }

            yield return line.ToString().TrimEnd();
        }
    }

    private static IEnumerable<string> Detail(string header, Cell value, int? width, bool colour)
    {
        var label = header.ToLowerInvariant() + ":";
        var room = width is { } w ? Math.Max(20, w - ContinuationIndent.Length) : (int?)null;
        var wrapped = TextFit.Wrap($"{label} {value.Text}", room);
        for (var n = 0; n < wrapped.Count; n++)
        {
            var text = wrapped[n];
            if (n == 0)
            {
                // The label stays plain; the value keeps its colour.
                var rest = text.Length > label.Length ? text[(label.Length + 1)..] : string.Empty;
                yield return DetailIndent + Ansi.Paint(label, CellStyle.Dim, colour) + (rest.Length > 0 ? " " + Ansi.Paint(rest, value.Style, colour) : string.Empty);
            }
            else
            {
                yield return ContinuationIndent + Ansi.Paint(text, value.Style, colour);
            }
        }
    }
}
