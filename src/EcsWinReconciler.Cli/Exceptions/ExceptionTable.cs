using EcsWinReconciler.Cli.Output.Tables;
using EcsWinReconciler.Cli.Output.Views;

namespace EcsWinReconciler.Cli.Exceptions;

/// <summary>The table of <c>except list</c>: ids never break; on a narrow terminal who and when give way, and the reason, then the resource (a service ARN is long), move under the row.</summary>
internal static class ExceptionTable
{
    public static TableData Of(IEnumerable<ExceptionView> exceptions)
    {
        var table = new TableData([
            Column.Key("SPEC"), Column.Key("CHECK"), Column.Detail("RESOURCE", 3), Column.Key("EXPIRES"), Column.Key("STATE"), Column.Hide("TICKET", 4),
            Column.Hide("BY", 6), Column.Hide("ADDED", 7), Column.Detail("REASON", 9),
        ]);
        foreach (var e in exceptions.OrderBy(e => e.Spec, StringComparer.Ordinal).ThenBy(e => e.Check, StringComparer.Ordinal).ThenBy(e => e.Resource, StringComparer.Ordinal))
        {
            table.Add(e.Spec, e.Check, e.Resource, e.Expires, e.InForce ? "in force" : "lapsed", e.Ticket ?? "-", e.By ?? "(spec file)", e.Added ?? "-", e.Reason);
        }

        return table;
    }
}
