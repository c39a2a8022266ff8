namespace EcsWinReconciler.Cli.Output.Tables;

/// <summary>How a column gives way when its table is wider than the terminal.</summary>
internal enum Overflow
{
    /// <summary>Never gives way: the row's identity (a task id, an alert's check). Ids, ARNs and CIDRs are never cut.</summary>
    Keep,

    /// <summary>Moves under the row, whole, in a detail block (<c>handling: …</c>): long text and long ids.</summary>
    Detail,

    /// <summary>Is cut at a space and ends in an ellipsis; the whole text is in <c>-o wide</c> and <c>-o json</c>.</summary>
    Truncate,

    /// <summary>Narrows, and its text wraps at spaces within the column (a row takes several lines); no word is split.</summary>
    Wrap,

    /// <summary>Is left out, and a note under the table names it; <c>-o wide</c> shows it.</summary>
    Hide,
}
