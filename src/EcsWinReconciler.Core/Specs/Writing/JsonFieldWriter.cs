using System.Text.Json;
using EcsWinReconciler.Core.Specs.Shapes;

namespace EcsWinReconciler.Core.Specs.Writing;

/// <summary>Writes fields by their shape declarations: the names and value formats are the reader's own.</summary>
internal static class JsonFieldWriter
{
    public static void Write<T>(this Utf8JsonWriter writer, Field<ScalarShape<T>> field, T value)
    {
        writer.WritePropertyName(field.Name);
        field.Shape.Write(writer, value);
    }

    public static void WriteList<T>(this Utf8JsonWriter writer, Field<ListShape<ScalarShape<T>>> field, IEnumerable<T> values)
    {
        writer.WriteStartArray(field.Name);
        foreach (var value in values)
        {
            field.Shape.Item.Write(writer, value);
        }

        writer.WriteEndArray();
    }

    public static void WriteObject(this Utf8JsonWriter writer, Field field, Action<Utf8JsonWriter> body)
    {
        writer.WriteStartObject(field.Name);
        body(writer);
        writer.WriteEndObject();
    }
}
