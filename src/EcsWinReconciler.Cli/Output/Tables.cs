using Spectre.Console;

namespace EcsWinReconciler.Cli.Output;

/// <summary>Tables as kubectl prints them: upper-case headers, no borders, left-aligned, cells escaped.</summary>
internal static class Tables
{
    public static Table Create(params string[] headers)
    {
        var table = new Table().Border(TableBorder.None);
        foreach (var header in headers)
        {
            table.AddColumn(new TableColumn(new Text(header, new Style(decoration: Decoration.Bold))) { Padding = new Padding(0, 0, 3, 0), NoWrap = false });
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
