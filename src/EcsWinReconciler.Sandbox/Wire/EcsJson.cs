using System.Text.Json;
using System.Text.Json.Nodes;

namespace EcsWinReconciler.Sandbox.Wire;

/// <summary>ECS JSON 1.1 bodies: members named as the botocore model names them; errors as <c>{"__type","message"}</c>.</summary>
public static class EcsJson
{
    public static string Error(string code, string message) =>
        new JsonObject { ["__type"] = code, ["message"] = message }.ToJsonString();

    /// <summary>Adds the member only when it has a value (ECS leaves absent members out).</summary>
    public static JsonObject With(this JsonObject target, string name, JsonNode? value)
    {
        if (value is not null)
        {
            target[name] = value;
        }

        return target;
    }

    public static JsonObject With(this JsonObject target, string name, string? value) =>
        value is null ? target : target.With(name, JsonValue.Create(value));

    public static JsonObject With(this JsonObject target, string name, DateTimeOffset? epochSecondsOf) =>
        epochSecondsOf is null ? target : target.With(name, JsonValue.Create(Timestamps.EpochSeconds(epochSecondsOf.Value)));

    public static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode?)JsonValue.Create(v))]);

    public static JsonArray Array(IEnumerable<JsonNode> items) => new([.. items]);

    /// <summary>A string member of a request, or null; a non-string value is a client error.</summary>
    public static string? String(this JsonElement request, string name) =>
        request.TryGetProperty(name, out var value) switch
        {
            false => null,
            true when value.ValueKind == JsonValueKind.Null => null,
            true when value.ValueKind == JsonValueKind.String => value.GetString(),
            _ => throw new ApiException("SerializationException", $"Unexpected value for {name}: expected a string"),
        };

    public static IReadOnlyList<string>? StringList(this JsonElement request, string name)
    {
        if (!request.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String))
        {
            throw new ApiException("SerializationException", $"Unexpected value for {name}: expected a list of strings");
        }

        return value.EnumerateArray().Select(v => v.GetString()!).ToList();
    }

    public static int? Int(this JsonElement request, string name) =>
        request.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n)
                ? n
                : throw new ApiException("SerializationException", $"Unexpected value for {name}: expected an integer")
            : null;

    public static bool? Bool(this JsonElement request, string name) =>
        request.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value.ValueKind is JsonValueKind.True or JsonValueKind.False
                ? value.GetBoolean()
                : throw new ApiException("SerializationException", $"Unexpected value for {name}: expected a boolean")
            : null;
}
