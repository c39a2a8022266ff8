using System.Text.Json;
using System.Text.RegularExpressions;

namespace EcsWinReconciler.Core.Tests.Specs;

/// <summary>
/// Just enough JSON Schema to check documents against what the generated schema states: type, enum, pattern,
/// minimum/maximum, properties, required, additionalProperties, propertyNames, items, min/maxItems, uniqueItems
/// and oneOf. Written independently of the product's shapes, so it checks the schema text itself.
/// </summary>
internal static class MiniSchemaValidator
{
    public static IReadOnlyList<string> Validate(JsonElement schema, JsonElement value)
    {
        var errors = new List<string>();
        Check(schema, value, "$", errors);
        return errors;
    }

    private static void Check(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        if (schema.ValueKind == JsonValueKind.False)
        {
            errors.Add($"{path}: not allowed");
            return;
        }

        if (schema.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (schema.TryGetProperty("type", out var type) && !TypeMatches(type, value))
        {
            errors.Add($"{path}: {value.ValueKind} is not {type}");
            return;
        }

        if (schema.TryGetProperty("enum", out var values) && !values.EnumerateArray().Any(v => JsonElement.DeepEquals(v, value)))
        {
            errors.Add($"{path}: {value} is not in {values}");
        }

        CheckScalar(schema, value, path, errors);
        if (value.ValueKind == JsonValueKind.Object)
        {
            CheckObject(schema, value, path, errors);
        }

        if (value.ValueKind == JsonValueKind.Array)
        {
            CheckArray(schema, value, path, errors);
        }

        if (schema.TryGetProperty("oneOf", out var oneOf))
        {
            var passing = oneOf.EnumerateArray().Count(s => Validate(s, value).Count == 0);
            if (passing != 1)
            {
                errors.Add($"{path}: matches {passing} of oneOf");
            }
        }
    }

    private static bool TypeMatches(JsonElement type, JsonElement value) =>
        type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Any(t => TypeMatches(t, value)) : type.GetString() switch
        {
            "object" => value.ValueKind == JsonValueKind.Object,
            "array" => value.ValueKind == JsonValueKind.Array,
            "string" => value.ValueKind == JsonValueKind.String,
            "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
            "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
            var other => throw new InvalidOperationException($"type {other} is not known to the test validator"),
        };

    private static void CheckScalar(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        if (value.ValueKind == JsonValueKind.String && schema.TryGetProperty("pattern", out var pattern) &&
            !Regex.IsMatch(value.GetString()!, pattern.GetString()!))
        {
            errors.Add($"{path}: \"{value.GetString()}\" does not match {pattern.GetString()}");
        }

        if (value.ValueKind == JsonValueKind.Number)
        {
            var number = value.GetDouble();
            if ((schema.TryGetProperty("minimum", out var min) && number < min.GetDouble()) ||
                (schema.TryGetProperty("maximum", out var max) && number > max.GetDouble()))
            {
                errors.Add($"{path}: {number} is out of range");
            }
        }
    }

    private static void CheckObject(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        var properties = schema.TryGetProperty("properties", out var p) ? p : default;
        foreach (var property in value.EnumerateObject())
        {
            var propertyPath = $"{path}.{property.Name}";
            if (schema.TryGetProperty("propertyNames", out var names))
            {
                Check(names, JsonDocument.Parse(JsonSerializer.Serialize(property.Name)).RootElement, propertyPath, errors);
            }

            if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(property.Name, out var propertySchema))
            {
                Check(propertySchema, property.Value, propertyPath, errors);
            }
            else if (schema.TryGetProperty("additionalProperties", out var additional))
            {
                Check(additional, property.Value, propertyPath, errors);
            }
        }

        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(n => n.GetString()!).Where(n => !value.TryGetProperty(n, out _)))
            {
                errors.Add($"{path}: missing {name}");
            }
        }
    }

    private static void CheckArray(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        var items = value.EnumerateArray().ToList();
        if (schema.TryGetProperty("items", out var itemSchema))
        {
            for (var i = 0; i < items.Count; i++)
            {
                Check(itemSchema, items[i], $"{path}[{i}]", errors);
            }
        }

        if ((schema.TryGetProperty("minItems", out var min) && items.Count < min.GetInt32()) ||
            (schema.TryGetProperty("maxItems", out var max) && items.Count > max.GetInt32()))
        {
            errors.Add($"{path}: {items.Count} items is out of range");
        }

        if (schema.TryGetProperty("uniqueItems", out var unique) && unique.GetBoolean() &&
            items.Select((a, i) => items.Skip(i + 1).Any(b => JsonElement.DeepEquals(a, b))).Any(d => d))
        {
            errors.Add($"{path}: items repeat");
        }
    }
}
