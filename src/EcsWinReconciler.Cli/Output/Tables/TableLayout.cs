namespace EcsWinReconciler.Cli.Output.Tables;

/// <summary>
/// Where each column of a table goes at a given width: inline (at a width), under the row (detail), or left out
/// (hidden, and named). Pure: the same table and width give the same layout.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>No width (a pipe, a file, <c>-o wide</c>): every column inline at its natural width; rows never wrap.</item>
/// <item>Too wide: the columns that may give way do, least important first (highest <see cref="Column.Priority"/>, then
/// rightmost), each as its <see cref="Overflow"/> says, until the row fits; cut and wrapped columns then take back any room left.</item>
/// <item><see cref="Overflow.Keep"/> columns never give way: if they alone are wider than the terminal, the line is long.</item>
/// </list>
/// </remarks>
internal sealed record TableLayout(IReadOnlyList<int> Inline, IReadOnlyList<int> Details, IReadOnlyList<int> Hidden, IReadOnlyDictionary<int, int> Widths, int? Width)
{
    public const int Gap = 2;

    public static TableLayout Fit(TableData table, int? width, bool wide)
    {
        ArgumentNullException.ThrowIfNull(table);
        // A detail column with nothing in any row (no row was skipped, say) would be an empty header: leave it out.
        var shown = Enumerable.Range(0, table.Columns.Count)
            .Where(i => wide || !table.Columns[i].WideOnly)
            .Where(i => table.Columns[i].Overflow != Overflow.Detail || table.Rows.Any(r => r[i].Text.Length > 0))
            .ToList();
        var natural = shown.ToDictionary(i => i, i => NaturalWidth(table, i));
        if (wide || width is not { } limit)
        {
            return new TableLayout(shown, [], [], natural, null);
        }

        var inline = new List<int>(shown);
        var widths = new Dictionary<int, int>(natural);
        var details = new List<int>();
        var hidden = new List<int>();
        var givers = shown.Where(i => table.Columns[i].Overflow != Overflow.Keep)
            .OrderByDescending(i => table.Columns[i].Priority).ThenByDescending(i => i).ToList();
        foreach (var column in givers)
        {
            var excess = Total(inline, widths) - limit;
            if (excess <= 0)
            {
                break;
            }

            switch (table.Columns[column].Overflow)
            {
                case Overflow.Detail:
                    inline.Remove(column);
                    details.Add(column);
                    break;
                case Overflow.Hide:
                    inline.Remove(column);
                    hidden.Add(column);
                    break;
                case Overflow.Wrap:
                    widths[column] = Math.Max(WrapMinimum(table, column, natural[column]), natural[column] - excess);
                    break;
                default:
                    widths[column] = Math.Max(Math.Min(table.Columns[column].MinimumWidth, natural[column]), natural[column] - excess);
                    break;
            }
        }

        GiveBackRoom(inline, widths, natural, limit);
        details.Sort();
        hidden.Sort();
        return new TableLayout(inline, details, hidden, widths, limit);
    }

    /// <summary>The width of a row of the inline columns, gaps included.</summary>
    public static int Total(IReadOnlyCollection<int> inline, IReadOnlyDictionary<int, int> widths) =>
        inline.Count == 0 ? 0 : inline.Sum(i => widths[i]) + (Gap * (inline.Count - 1));

    // A wrapped column is never narrower than its longest word: that word would have to be split.
    private static int WrapMinimum(TableData table, int column, int natural) => Math.Min(natural, Math.Max(
        table.Columns[column].MinimumWidth,
        table.Rows.SelectMany(r => r[column].Text.Split(' ')).Select(w => w.Length).DefaultIfEmpty(0).Max()));

    private static int NaturalWidth(TableData table, int column) =>
        table.Rows.Select(r => r[column].Text.Length).Append(table.Columns[column].Header.Length).Max();

    // A column truncated early may have room again once a later one moved under the row.
    private static void GiveBackRoom(List<int> inline, Dictionary<int, int> widths, Dictionary<int, int> natural, int limit)
    {
        foreach (var column in inline.Where(i => widths[i] < natural[i]).ToList())
        {
            var slack = limit - Total(inline, widths);
            if (slack > 0)
            {
                widths[column] = Math.Min(natural[column], widths[column] + slack);
            }
        }
    }
}
