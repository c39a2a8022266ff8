using System.Text.Json;
using EcsWinReconciler.Core.Specs.Shapes;

namespace EcsWinReconciler.Core.Specs.Writing;

/// <summary>Writes a shape as JSON Schema (draft 2020-12): the same declarations the reader validates with.</summary>
internal static class SchemaWriter
{
    /// <summary>Writes one schema object; <paramref name="header"/> adds keys first (the root's $schema, title and description).</summary>
    public static void WriteShape(Utf8JsonWriter writer, Shape shape, Field? field = null, Action<Utf8JsonWriter>? header = null)
    {
        writer.WriteStartObject();
        if (header is not null)
        {
            header(writer);
        }
        else
        {
            // Items and label values have no field of their own; what they are is their description.
            writer.WriteString("description", field?.Description ?? Capitalise(shape.Expected));
        }

        switch (shape)
        {
            case ObjectShape obj:
                WriteObject(writer, obj);
                break;
            case ListShape list:
                WriteList(writer, list);
                break;
            case MapShape map:
                WriteMap(writer, map);
                break;
            case ScalarShape scalar:
                WriteScalar(writer, scalar);
                break;
            default:
                throw new InvalidOperationException($"Unknown shape {shape.GetType().Name}.");
        }

        if (field is { HasDefault: true })
        {
            writer.WritePropertyName("default");
            field.WriteDefault(writer);
        }

        writer.WriteEndObject();
    }

    private static void WriteObject(Utf8JsonWriter writer, ObjectShape shape)
    {
        writer.WriteString("type", "object");
        writer.WriteStartObject("properties");
        foreach (var field in shape.Fields)
        {
            writer.WritePropertyName(field.Name);
            WriteShape(writer, field.Shape, field);
        }

        writer.WriteEndObject();
        var required = shape.Fields.Where(f => f.Required).Select(f => f.Name).ToList();
        if (required.Count > 0)
        {
            WriteStrings(writer, "required", required);
        }

        writer.WriteBoolean("additionalProperties", false);
        if (shape.ExactlyOneOf.Count > 0)
        {
            writer.WriteStartArray("oneOf");
            foreach (var name in shape.ExactlyOneOf)
            {
                writer.WriteStartObject();
                WriteStrings(writer, "required", [name]);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }
    }

    private static void WriteList(Utf8JsonWriter writer, ListShape shape)
    {
        writer.WriteString("type", "array");
        writer.WritePropertyName("items");
        WriteShape(writer, shape.Item);
        if (shape.MinItems > 0)
        {
            writer.WriteNumber("minItems", shape.MinItems);
        }

        if (shape.MaxItems is { } max)
        {
            writer.WriteNumber("maxItems", max);
        }

        if (shape.UniqueItems)
        {
            writer.WriteBoolean("uniqueItems", true);
        }
    }

    private static void WriteMap(Utf8JsonWriter writer, MapShape shape)
    {
        writer.WriteString("type", "object");
        writer.WriteStartObject("propertyNames");
        writer.WriteString("pattern", shape.KeyPattern);
        writer.WriteEndObject();
        writer.WritePropertyName("additionalProperties");
        WriteShape(writer, shape.Value);
    }

    private static void WriteScalar(Utf8JsonWriter writer, ScalarShape shape)
    {
        var types = new[] { (JsonTypes.String, "string"), (JsonTypes.Integer, "integer"), (JsonTypes.Boolean, "boolean") }
            .Where(t => shape.Types.HasFlag(t.Item1))
            .Select(t => t.Item2)
            .ToList();
        if (types.Count == 1)
        {
            writer.WriteString("type", types[0]);
        }
        else
        {
            WriteStrings(writer, "type", types);
        }

        if (shape.EnumValues is { } values)
        {
            WriteStrings(writer, "enum", values);
        }

        if (shape.Pattern is { } pattern)
        {
            writer.WriteString("pattern", pattern);
        }

        if (shape.Minimum is { } minimum)
        {
            writer.WriteNumber("minimum", minimum);
        }

        if (shape.Maximum is { } maximum)
        {
            writer.WriteNumber("maximum", maximum);
        }
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
