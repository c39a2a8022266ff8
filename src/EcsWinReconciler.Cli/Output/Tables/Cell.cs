namespace EcsWinReconciler.Cli.Output.Tables;

/// <summary>One cell: its text (one line, never markup) and its colour.</summary>
internal readonly record struct Cell(string Text, CellStyle Style = CellStyle.Plain)
{
    public static implicit operator Cell(string text) => new(text);

    public static Cell From(string text) => new(text);
}
