using EcsWinReconciler.Core.Common;
using EcsWinReconciler.Core.Specs.Shapes;
using EcsWinReconciler.Core.Specs.Yaml;

namespace EcsWinReconciler.Core.Specs.Binding;

/// <summary>
/// Typed reads of one mapping's fields, through the same <see cref="Field"/> declarations the validator used.
/// Every value that reaches the binder has passed the shape validator, so a parse here never reports.
/// </summary>
internal sealed class ObjectView(MappingNode node, string path, Diagnostics diagnostics)
{
    public MappingNode Node { get; } = node;

    public string Path { get; } = path;

    public Diagnostics Diagnostics { get; } = diagnostics;

    public string PathOf(Field field) => DocPath.Field(Path, field.Name);

    public DocNode? ValueOf(Field field) => Node.Find(field.Name)?.Value is { } value && !ObjectValidator.IsAbsent(value) ? value : null;

    public Bound<T> Read<T>(Field<ScalarShape<T>> field) => Read(field, default!);

    public Bound<T> Read<T>(ScalarField<T> field) => Read(field, field.Default);

    public Bound<EquatableArray<T>> ReadList<T>(Field<ListShape<ScalarShape<T>>> field)
    {
        var path = PathOf(field);
        if (ValueOf(field) is not { } value)
        {
            return new(BoundState.Absent, EquatableArray<T>.Empty, null, path);
        }

        if (Diagnostics.IsBroken(value) || value is not SequenceNode sequence || sequence.Items.Any(Diagnostics.IsBroken))
        {
            return new(BoundState.Invalid, EquatableArray<T>.Empty, value, path);
        }

        var items = new List<T>();
        foreach (var item in sequence.Items)
        {
            if (item is not ScalarNode scalar || !field.Shape.Item.TryParse(scalar, out var parsed, out _))
            {
                return new(BoundState.Invalid, EquatableArray<T>.Empty, value, path);
            }

            items.Add(parsed);
        }

        return new(BoundState.Present, items.ToEquatableArray(), value, path);
    }

    /// <summary>The nested mapping, or null when absent or not a mapping (the validator said so).</summary>
    public ObjectView? ReadObject(Field<ObjectShape> field) =>
        ValueOf(field) is MappingNode mapping && !Diagnostics.IsBroken(mapping) ? new ObjectView(mapping, PathOf(field), Diagnostics) : null;

    /// <summary>The items of a list of mappings; an item that is not a mapping is null.</summary>
    public Bound<IReadOnlyList<ObjectView?>> ReadObjects(Field<ListShape<ObjectShape>> field)
    {
        var path = PathOf(field);
        if (ValueOf(field) is not { } value)
        {
            return new(BoundState.Absent, [], null, path);
        }

        if (Diagnostics.IsBroken(value) || value is not SequenceNode sequence)
        {
            return new(BoundState.Invalid, [], value, path);
        }

        var items = sequence.Items
            .Select((item, i) => item is MappingNode m && !Diagnostics.IsBroken(m) ? new ObjectView(m, DocPath.Item(path, i), Diagnostics) : null)
            .ToList();
        return new(BoundState.Present, items, value, path);
    }

    public void Report(Field field, string message) =>
        Diagnostics.Report(ValueOf(field)?.Start ?? Node.Start, ValueOf(field) is null ? Path : PathOf(field), message);

    public void Report(string message) => Diagnostics.Report(Node.Start, Path, message);

    private Bound<T> Read<T>(Field<ScalarShape<T>> field, T whenAbsent)
    {
        var path = PathOf(field);
        return ValueOf(field) switch
        {
            null => new(BoundState.Absent, whenAbsent, null, path),
            ScalarNode scalar when !Diagnostics.IsBroken(scalar) && field.Shape.TryParse(scalar, out var value, out _) =>
                new(BoundState.Present, value, scalar, path),
            var other => new(BoundState.Invalid, whenAbsent, other, path),
        };
    }
}
