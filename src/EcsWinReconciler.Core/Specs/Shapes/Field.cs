using System.Text.Json;

namespace EcsWinReconciler.Core.Specs.Shapes;

/// <summary>A named field of an <see cref="ObjectShape"/>: its shape, whether it is required, and what it means.</summary>
internal class Field(string name, Shape shape, string description)
{
    public string Name { get; } = name;

    public Shape Shape { get; } = shape;

    public string Description { get; } = description;

    public bool Required { get; init; }

    public virtual bool HasDefault => false;

    /// <summary>Writes the default as JSON (for the schema); only called when <see cref="HasDefault"/>.</summary>
    public virtual void WriteDefault(Utf8JsonWriter writer) => throw new InvalidOperationException($"Field {Name} has no default.");

    public override string ToString() => Name;
}

/// <summary>A field whose shape type is known statically, so the binder reads it typed.</summary>
internal class Field<TShape>(string name, TShape shape, string description) : Field(name, shape, description)
    where TShape : Shape
{
    public new TShape Shape { get; } = shape;
}
