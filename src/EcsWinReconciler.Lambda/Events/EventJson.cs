using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using EcsWinReconciler.Core.Common;

namespace EcsWinReconciler.Lambda.Events;

/// <summary>Reads an event body: a UTF-8 byte-order mark is skipped, and bad JSON becomes a problem text that quotes no content.</summary>
internal static class EventJson
{
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    public static Parsed<T> Read<T>(ReadOnlyMemory<byte> body, JsonTypeInfo<T> typeInfo, string what)
        where T : class
    {
        var json = body.Span;
        if (json.StartsWith(Utf8Bom))
        {
            json = json[Utf8Bom.Length..];
        }

        if (json.Trim(" \t\r\n"u8).IsEmpty)
        {
            return Parsed<T>.Fail("the event body is empty");
        }

        try
        {
            return JsonSerializer.Deserialize(json, typeInfo) is { } value
                ? Parsed<T>.Ok(value)
                : Parsed<T>.Fail("the event body is JSON null");
        }
        catch (JsonException ex)
        {
            // The message names the JSON path and position only, never the content.
            return Parsed<T>.Fail($"the event body is not a readable {what}: {JsonProblem.From(ex)}");
        }
    }
}
