namespace EcsWinReconciler.Cli.Output.Tables;

/// <summary>
/// One column of a table: its header, how it gives way on a narrow terminal, and how soon (a higher
/// <see cref="Priority"/> gives way first). <see cref="WideOnly"/> columns appear only with <c>-o wide</c>.
/// </summary>
internal sealed record Column(string Header, Overflow Overflow = Overflow.Keep, int Priority = 0, bool WideOnly = false)
{
    /// <summary>A column that never gives way (ids, ARNs, CIDRs, short words).</summary>
    public static Column Key(string header) => new(header);

    /// <summary>Long text that moves under the row when the row does not fit.</summary>
    public static Column Detail(string header, int priority) => new(header, Overflow.Detail, priority);

    /// <summary>Text that is cut at a space, with an ellipsis, when the row does not fit.</summary>
    public static Column Truncate(string header, int priority) => new(header, Overflow.Truncate, priority);

    /// <summary>Text that wraps at spaces within the column when the row does not fit.</summary>
    public static Column Wrap(string header, int priority) => new(header, Overflow.Wrap, priority);

    /// <summary>A column left out (and named under the table) when the row does not fit.</summary>
    public static Column Hide(string header, int priority) => new(header, Overflow.Hide, priority);

    /// <summary>A column only <c>-o wide</c> shows.</summary>
    public static Column Wide(string header) => new(header, Overflow.Keep, 0, WideOnly: true);

    /// <summary>The narrowest a truncated column gets: its header, and room for a word and the ellipsis.</summary>
    public int MinimumWidth => Math.Max(Header.Length, 8);
}
