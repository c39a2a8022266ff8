using System.Text.Json;

namespace EcsWinReconciler.Core.Specs.Shapes;

/// <summary>An optional scalar field with a default: the binder and the schema take the default from here.</summary>
internal sealed class ScalarField<T>(string name, ScalarShape<T> shape, T defaultValue, string description)
    : Field<ScalarShape<T>>(name, shape, description)
{
    public T Default { get; } = defaultValue;

    public override bool HasDefault => true;

    public override void WriteDefault(Utf8JsonWriter writer) => Shape.Write(writer, Default);
}
