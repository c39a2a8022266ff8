using EcsWinReconciler.Cli.Output.Tables;
using EcsWinReconciler.Core.Drift;

namespace EcsWinReconciler.Cli.Output;

/// <summary>A finding's severity as a table cell: the word, coloured by how bad it is.</summary>
internal static class Severities
{
    public static Cell Cell(Severity severity) => severity switch
    {
        Severity.Critical => new("critical", CellStyle.BoldRed),
        Severity.High => new("high", CellStyle.Red),
        Severity.Medium => new("medium", CellStyle.Yellow),
        _ => new("low", CellStyle.Dim),
    };
}
