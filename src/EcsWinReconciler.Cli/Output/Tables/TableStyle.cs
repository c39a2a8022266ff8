namespace EcsWinReconciler.Cli.Output.Tables;

/// <summary>
/// How tables are printed in one invocation: the width to fit (null: unbounded, for pipes and files), every column
/// (<c>-o wide</c>), headers (not with <c>--no-headers</c>) and colour.
/// </summary>
internal sealed record TableStyle(int? Width, bool Wide, bool Headers, bool Colour)
{
    /// <summary>Pipes and files: whole rows on one line each, headers, no colour.</summary>
    public static TableStyle Plain { get; } = new(null, Wide: false, Headers: true, Colour: false);

    public void Write(TextWriter writer, TableData table)
    {
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var line in Lines(table))
        {
            writer.Write(line);
            writer.Write('\n');
        }
    }

    public IReadOnlyList<string> Lines(TableData table) =>
        TableRenderer.Render(table, TableLayout.Fit(table, Width, Wide), Headers, Colour);
}
