namespace EcsWinReconciler.Cli.Output.Tables;

/// <summary>A table before it meets a terminal: its columns and its rows of cells, one cell per column.</summary>
internal sealed class TableData(IReadOnlyList<Column> columns)
{
    private readonly List<IReadOnlyList<Cell>> _rows = [];

    public IReadOnlyList<Column> Columns { get; } = columns;

    public IReadOnlyList<IReadOnlyList<Cell>> Rows => _rows;

    public TableData Add(params Cell[] cells)
    {
        if (cells.Length != Columns.Count)
        {
            throw new ArgumentException($"a row of {cells.Length} cells in a table of {Columns.Count} columns", nameof(cells));
        }

        // A cell is one line: a line break would split the row and shift every column after it.
        _rows.Add([.. cells.Select(c => c with { Text = c.Text.ReplaceLineEndings(" ") })]);
        return this;
    }
}
