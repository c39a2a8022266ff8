using System.Globalization;
using EcsWinReconciler.Cli.Output;
using EcsWinReconciler.Cli.Output.Tables;

namespace EcsWinReconciler.Cli.Alerts;

/// <summary>The <c>ewr alerts --excepted</c> table: as the alerts table, with the exception in place of the age.</summary>
internal static class ExceptedTable
{
    public static TableData Of(IEnumerable<ExceptedFinding> findings)
    {
        var table = new TableData([
            Column.Key("STATE"), Column.Key("SEVERITY"), Column.Key("CHECK"), Column.Detail("RESOURCE", 4), Column.Key("TASKS"),
            Column.Hide("SPEC", 5), Column.Detail("EXCEPTION", 8), Column.Detail("MESSAGE", 9), Column.Wide("KEY"),
        ]);
        foreach (var f in findings)
        {
            table.Add(
                new Cell("excepted", CellStyle.Yellow), Severities.Cell(f.Severity), f.Check, f.Root, f.Tasks.Count.ToString(CultureInfo.InvariantCulture),
                f.Spec, f.Exception, f.Message, f.Key);
        }

        return table;
    }
}
