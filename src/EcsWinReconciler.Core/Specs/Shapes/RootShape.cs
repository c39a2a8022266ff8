namespace EcsWinReconciler.Core.Specs.Shapes;

/// <summary>A whole spec document: <c>apiVersion</c>, <c>kind</c>, <c>metadata</c>, <c>spec</c>.</summary>
internal static class RootShape
{
    public static Field<ScalarShape<string>> ApiVersion { get; } = new(
        "apiVersion", Constant(TaskNetworkSpec.CurrentApiVersion), $"Always {TaskNetworkSpec.CurrentApiVersion}.") { Required = true };

    public static Field<ScalarShape<string>> Kind { get; } = new(
        "kind", Constant(TaskNetworkSpec.SpecKind), $"Always {TaskNetworkSpec.SpecKind}.") { Required = true };

    public static Field<ObjectShape> Metadata { get; } = new("metadata", MetadataShape.Object, "The spec's name and labels.") { Required = true };

    public static Field<ObjectShape> Spec { get; } = new("spec", SpecBodyShape.Object, "The desired network of the selected tasks.") { Required = true };

    public static ObjectShape Object { get; } = new("a TaskNetworkSpec document (apiVersion, kind, metadata, spec)", ApiVersion, Kind, Metadata, Spec);

    private static ScalarShape<string> Constant(string value)
    {
        var text = Scalars.Text($"\"{value}\"", null, candidate => candidate == value);
        return new ScalarShape<string>(
            text.Expected,
            JsonTypes.String,
            (Yaml.ScalarNode node, out string parsed, out string? problem) =>
            {
                var ok = text.TryParse(node, out parsed, out problem);
                problem = ok ? null : $"{Yaml.ScalarNode.Quote(node.Value)} is not supported; expected \"{value}\"";
                return ok;
            },
            text.Write)
        { EnumValues = [value] };
    }
}
