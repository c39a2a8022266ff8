namespace EcsWinReconciler.Cli.Output.Tables;

/// <summary>How a cell is coloured on a terminal that takes colour; plain everywhere else.</summary>
internal enum CellStyle
{
    Plain,
    Bold,
    Dim,
    Red,
    BoldRed,
    Green,
    Yellow,
    Cyan,
}
