using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace EcsWinReconciler.Lambda.Tests.Template;

/// <summary>
/// A JSON Schema draft-04 validator for the keywords the SAM schema uses ($ref to local definitions, type, enum,
/// pattern, properties, additionalProperties, required, items, allOf, anyOf) plus a few common ones (oneOf, not,
/// bounds). A schema keyword it does not know fails loudly, so a schema update cannot pass vacuously.
/// </summary>
internal sealed class DraftFourValidator(JsonElement root)
{
    private static readonly HashSet<string> Annotations = new(StringComparer.Ordinal)
    {
        "$schema", "id", "title", "description", "default", "definitions", "examples",
        "markdownDescription", "markdownDescriptionOverride", "__samPassThrough", "schemaPath",
    };

    private readonly Dictionary<string, Regex> _patterns = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Validate(JsonNode? instance)
    {
        var errors = new List<string>();
        Check(root, instance, "$", errors);
        return errors;
    }

    private void Check(JsonElement schema, JsonNode? value, string path, List<string> errors)
    {
        if (schema.ValueKind == JsonValueKind.True)
        {
            return;
        }

        if (schema.ValueKind == JsonValueKind.False)
        {
            errors.Add($"{path}: not allowed");
            return;
        }

        foreach (var keyword in schema.EnumerateObject())
        {
            CheckKeyword(schema, keyword, value, path, errors);
        }
    }

    private void CheckKeyword(JsonElement schema, JsonProperty keyword, JsonNode? value, string path, List<string> errors)
    {
        var k = keyword.Value;
        switch (keyword.Name)
        {
            case "$ref":
                Check(Resolve(k.GetString()!), value, path, errors);
                break;
            case "type":
                if (!TypeMatches(k, value))
                {
                    errors.Add($"{path}: expected {k.GetRawText()}, found {Kind(value)}");
                }

                break;
            case "enum":
                if (!k.EnumerateArray().Any(e => JsonNode.DeepEquals(JsonNode.Parse(e.GetRawText()), value)))
                {
                    errors.Add($"{path}: {Show(value)} is not one of {k.GetRawText()}");
                }

                break;
            case "pattern":
                if (value is JsonValue v && v.TryGetValue<string>(out var text) && !Pattern(k.GetString()!).IsMatch(text))
                {
                    errors.Add($"{path}: \"{text}\" does not match {k.GetString()}");
                }

                break;
            case "required":
                if (value is JsonObject required)
                {
                    errors.AddRange(k.EnumerateArray().Select(r => r.GetString()!).Where(r => !required.ContainsKey(r)).Select(r => $"{path}: missing required property {r}"));
                }

                break;
            case "properties":
                if (value is JsonObject props)
                {
                    foreach (var p in k.EnumerateObject().Where(p => props.ContainsKey(p.Name)))
                    {
                        Check(p.Value, props[p.Name], $"{path}.{p.Name}", errors);
                    }
                }

                break;
            case "additionalProperties":
                if (value is JsonObject obj)
                {
                    var declared = schema.TryGetProperty("properties", out var d) ? d.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal) : [];
                    foreach (var (name, child) in obj.Where(p => !declared.Contains(p.Key)))
                    {
                        Check(k, child, $"{path}.{name}", errors);
                    }
                }

                break;
            case "items":
                if (value is JsonArray array)
                {
                    for (var i = 0; i < array.Count; i++)
                    {
                        Check(k.ValueKind == JsonValueKind.Array ? (i < k.GetArrayLength() ? k[i] : TrueSchema) : k, array[i], $"{path}[{i}]", errors);
                    }
                }

                break;
            case "allOf":
                foreach (var branch in k.EnumerateArray())
                {
                    Check(branch, value, path, errors);
                }

                break;
            case "anyOf" or "oneOf":
                CheckBranches(keyword.Name, k, value, path, errors);
                break;
            case "not":
                if (Branch(k, value, path).Count == 0)
                {
                    errors.Add($"{path}: matches a schema it must not");
                }

                break;
            case "minimum" or "maximum":
                if (value is JsonValue n && n.TryGetValue<double>(out var number) && (keyword.Name == "minimum" ? number < k.GetDouble() : number > k.GetDouble()))
                {
                    errors.Add($"{path}: {number.ToString(CultureInfo.InvariantCulture)} is out of bounds ({keyword.Name} {k.GetRawText()})");
                }

                break;
            case "minLength" or "maxLength" or "minItems" or "maxItems":
                CheckLength(keyword.Name, k.GetInt32(), value, path, errors);
                break;
            default:
                if (!Annotations.Contains(keyword.Name))
                {
                    throw new NotSupportedException($"schema keyword {keyword.Name} at {path} is not supported by this validator");
                }

                break;
        }
    }

    private void CheckBranches(string keyword, JsonElement branches, JsonNode? value, string path, List<string> errors)
    {
        var results = branches.EnumerateArray().Select(b => Branch(b, value, path)).ToList();
        var matching = results.Count(r => r.Count == 0);
        if (matching == 0)
        {
            // Report the closest branch: fewest errors, then the deepest (the branch whose type matched gets further).
            var closest = results.OrderBy(r => r.Count).ThenByDescending(r => r.Max(e => e.IndexOf(':', StringComparison.Ordinal))).First();
            errors.Add($"{path}: matches none of the {results.Count} {keyword} branches; closest: {string.Join("; ", closest.Take(5))}");
        }
        else if (keyword == "oneOf" && matching > 1)
        {
            errors.Add($"{path}: matches {matching} oneOf branches");
        }
    }

    private List<string> Branch(JsonElement schema, JsonNode? value, string path)
    {
        var errors = new List<string>();
        Check(schema, value, path, errors);
        return errors;
    }

    private static void CheckLength(string keyword, int bound, JsonNode? value, string path, List<string> errors)
    {
        int? length = value switch
        {
            JsonValue v when keyword.EndsWith("Length", StringComparison.Ordinal) && v.TryGetValue<string>(out var s) => s.Length,
            JsonArray a when keyword.EndsWith("Items", StringComparison.Ordinal) => a.Count,
            _ => null,
        };
        if (length is { } l && (keyword.StartsWith("min", StringComparison.Ordinal) ? l < bound : l > bound))
        {
            errors.Add($"{path}: length {l} breaks {keyword} {bound}");
        }
    }

    private JsonElement Resolve(string reference)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal))
        {
            throw new NotSupportedException($"only local $refs are supported, not {reference}");
        }

        return reference[2..].Split('/').Select(p => p.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal))
            .Aggregate(root, (node, part) => node.GetProperty(part));
    }

    private Regex Pattern(string pattern)
    {
        if (!_patterns.TryGetValue(pattern, out var regex))
        {
            regex = new Regex(pattern, RegexOptions.CultureInvariant);
            _patterns[pattern] = regex;
        }

        return regex;
    }

    private static bool TypeMatches(JsonElement type, JsonNode? value) =>
        type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Any(t => IsOfType(t.GetString()!, value))
            : IsOfType(type.GetString()!, value);

    private static bool IsOfType(string type, JsonNode? value) => type switch
    {
        "null" => value is null,
        "object" => value is JsonObject,
        "array" => value is JsonArray,
        "string" => value is JsonValue v && v.GetValueKind() == JsonValueKind.String,
        "boolean" => value is JsonValue b && b.GetValueKind() is JsonValueKind.True or JsonValueKind.False,
        "number" => value is JsonValue n && n.GetValueKind() == JsonValueKind.Number,
        "integer" => value is JsonValue i && i.GetValueKind() == JsonValueKind.Number && double.IsInteger(i.GetValue<double>()),
        _ => throw new NotSupportedException($"unknown type {type}"),
    };

    private static string Kind(JsonNode? value) => value switch
    {
        null => "null",
        JsonObject => "object",
        JsonArray => "array",
        JsonValue v => v.GetValueKind().ToString().ToLowerInvariant(),
        _ => "?",
    };

    private static string Show(JsonNode? value) => value?.ToJsonString() ?? "null";

    private static readonly JsonElement TrueSchema = JsonDocument.Parse("true").RootElement;
}
