using Spectre.Console;

namespace EcsWinReconciler.Cli.Output;

/// <summary>
/// Tables as kubectl prints them: upper-case headers, no borders, cells escaped. Identifiers never wrap (a task id
/// broken over two lines cannot be copied); only the free-text columns named in <c>wrap</c> do, when the terminal is narrow.
/// </summary>
internal static class Tables
{
    public static Table Create(IReadOnlyList<string> headers, params string[] wrap)
    {
        var table = new Table().Border(TableBorder.None);
        foreach (var header in headers)
        {
            table.AddColumn(new TableColumn(new Text(header, new Style(decoration: Decoration.Bold)))
            {
                Padding = new Padding(0, 0, 2, 0),
                NoWrap = !wrap.Contains(header, StringComparer.Ordinal),
            });
        }

        return table;
    }

    /// <summary>Adds a row of plain strings (escaped, never read as markup).</summary>
    public static Table Row(this Table table, params string[] cells)
    {
        table.AddRow(cells.Select(c => (Spectre.Console.Rendering.IRenderable)new Text(c)).ToArray());
        return table;
    }
}
