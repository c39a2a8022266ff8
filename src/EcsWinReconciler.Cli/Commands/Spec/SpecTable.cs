using System.Globalization;
using EcsWinReconciler.Cli.Output.Tables;
using EcsWinReconciler.Core.Specs;

namespace EcsWinReconciler.Cli.Commands.Spec;

/// <summary>The stored-spec table of <c>spec get</c> and <c>spec list</c>; on a narrow terminal the description is cut at a word.</summary>
internal static class SpecTable
{
    public static TableData Of(IEnumerable<StoredSpec> specs)
    {
        var table = new TableData([
            Column.Key("NAME"), Column.Key("CLUSTER"), Column.Key("FAMILY"), Column.Hide("GENERATION", 5), Column.Hide("SUSPENDED", 6),
            Column.Truncate("DESCRIPTION", 9),
        ]);
        foreach (var spec in specs)
        {
            var body = spec.Spec.Spec;
            table.Add(spec.Name, body.Selector.Cluster, body.Selector.Family, spec.Generation.ToString(CultureInfo.InvariantCulture),
                body.Suspend ? "yes" : "no", spec.Spec.Metadata.Description ?? string.Empty);
        }

        return table;
    }
}
