using EcsWinReconciler.Core.Common;
using EcsWinReconciler.Core.Specs.Shapes;
using EcsWinReconciler.Core.Specs.Yaml;

namespace EcsWinReconciler.Core.Specs.Binding;

/// <summary>Builds <see cref="SpecMetadata"/>. Labels are sorted by name so label order never makes two specs differ.</summary>
internal static class MetadataBinder
{
    public static SpecMetadata? Bind(ObjectView? view)
    {
        if (view is null)
        {
            return null;
        }

        var name = view.Read(MetadataShape.Name);
        var description = view.Read(MetadataShape.Description);
        var labels = ReadLabels(view);
        return name.IsPresent && description.IsUsable && labels is not null
            ? new SpecMetadata(name.Value, labels.Value, description.IsPresent ? description.Value : null)
            : null;
    }

    private static EquatableArray<KeyValuePair<string, string>>? ReadLabels(ObjectView view)
    {
        var node = view.ValueOf(MetadataShape.Labels);
        if (node is null)
        {
            return EquatableArray<KeyValuePair<string, string>>.Empty;
        }

        if (node is not MappingNode mapping || view.Diagnostics.IsBroken(mapping))
        {
            return null;
        }

        return mapping.Entries
            .Select(e => new KeyValuePair<string, string>(e.Key.Value, ((ScalarNode)e.Value).Value))
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .ToEquatableArray();
    }
}
