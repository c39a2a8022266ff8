namespace EcsWinReconciler.Core.Specs.Shapes;

/// <summary>The <c>apiVersion</c>, <c>kind</c> and <c>metadata</c> of a spec document.</summary>
internal static class MetadataShape
{
    public static Field<ScalarShape<string>> Name { get; } = new("name", SpecScalars.Name, "The spec's name, unique across the account.") { Required = true };

    public static Field<MapShape> Labels { get; } = new(
        "labels",
        new MapShape("^[A-Za-z0-9]([A-Za-z0-9._/-]{0,61}[A-Za-z0-9])?$", "a label name (letters, digits, '.', '_', '/' and '-', 1-63 characters)", SpecScalars.LabelValue),
        "Free-form labels (name: value), for people and tools; the reconciler does not read them.");

    public static Field<ScalarShape<string>> Description { get; } = new("description", SpecScalars.Description, "What the spec is for, in words.");

    public static ObjectShape Object { get; } = new("the spec's metadata (name, labels, description)", Name, Labels, Description);
}
