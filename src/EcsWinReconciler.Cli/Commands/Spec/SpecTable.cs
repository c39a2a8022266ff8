using EcsWinReconciler.Cli.Output;
using EcsWinReconciler.Core.Specs;
using Spectre.Console;

namespace EcsWinReconciler.Cli.Commands.Spec;

/// <summary>The stored-spec table of <c>spec get</c> and <c>spec list</c>.</summary>
internal static class SpecTable
{
    public static Table Of(IEnumerable<StoredSpec> specs)
    {
        var table = Tables.Create(["NAME", "CLUSTER", "FAMILY", "GENERATION", "SUSPENDED", "DESCRIPTION"], "DESCRIPTION");
        foreach (var spec in specs)
        {
            var body = spec.Spec.Spec;
            table.Row(spec.Name, body.Selector.Cluster, body.Selector.Family, spec.Generation.ToString(System.Globalization.CultureInfo.InvariantCulture),
                body.Suspend ? "yes" : "no", spec.Spec.Metadata.Description ?? string.Empty);
        }

        return table;
    }
}
