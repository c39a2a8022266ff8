using EcsWinReconciler.Cli.Output.Tables;

namespace EcsWinReconciler.Cli.Output;

/// <summary>
/// Lines of text fitted to the terminal like table details: wrapped at spaces only (no id, ARN or CIDR is split), the
/// wrapped part indented under the start of the value; one line each when the output is not a terminal.
/// </summary>
internal static class Prose
{
    /// <param name="writer">Where the lines go.</param>
    /// <param name="line">The line, e.g. <c>  index:      byCluster: …</c>.</param>
    /// <param name="hang">How far wrapped parts are indented (where the value starts).</param>
    /// <param name="width">The terminal's width; null: no wrapping.</param>
    /// <param name="style">The colour of the whole line, on a terminal that takes colour.</param>
    /// <param name="colour">Whether to colour at all.</param>
    public static void Write(TextWriter writer, string line, int hang, int? width, CellStyle style = CellStyle.Plain, bool colour = false)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(line);
        if (width is not { } limit || line.Length <= limit)
        {
            writer.Write(Ansi.Paint(line, style, colour) + "\n");
            return;
        }

        // The label (up to the hang) stays as written; only the value is wrapped.
        var (label, value) = line.Length > hang ? (line[..hang], line[hang..]) : (string.Empty, line);
        var parts = TextFit.Wrap(value, Math.Max(20, limit - label.Length));
        for (var i = 0; i < parts.Count; i++)
        {
            writer.Write(Ansi.Paint((i == 0 ? label : new string(' ', label.Length)) + parts[i], style, colour) + "\n");
        }
    }
}
