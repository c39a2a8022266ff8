using System.Text.Json;
using EcsWinReconciler.Core.Specs;
using EcsWinReconciler.Core.Specs.Shapes;
using Json.Schema;

namespace EcsWinReconciler.Core.Tests.Specs;

public class SpecSchemaTests
{
    private static readonly JsonElement Schema = JsonDocument.Parse(SpecSchema.Generate()).RootElement;

    private static readonly JsonSchema Evaluator = JsonSchema.FromText(SpecSchema.Generate());

    [Fact]
    public void Generate_CheckedAgainstTheDraft202012MetaSchema_HasNoErrors()
    {
        Assert.Empty(SchemaErrors.Of(MetaSchemas.Draft202012, Schema));
    }

    [Fact]
    public void Draft202012MetaSchema_SchemaWithAWrongKeywordValue_HasErrorsAtThatKeyword()
    {
        // The check above is only worth something if the meta-schema catches a broken schema.
        using var broken = JsonDocument.Parse("""{ "type": "object", "properties": { "a": { "minLength": -1 } } }""");

        Assert.Contains(SchemaErrors.Of(MetaSchemas.Draft202012, broken.RootElement), e => e.StartsWith("/properties/a/minLength: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_IsDraft202012JsonThatClosesEveryObject()
    {
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", Schema.GetProperty("$schema").GetString());
        Assert.Equal("object", Schema.GetProperty("type").GetString());
        var objects = Walk(Schema, "").Where(s => s.Schema.TryGetProperty("properties", out _)).ToList();
        Assert.True(objects.Count >= 10);
        Assert.All(objects, o => Assert.False(o.Schema.GetProperty("additionalProperties").GetBoolean(), o.Path));
        AssertNoDuplicateKeys(Schema, "$");
    }

    [Fact]
    public void Generate_ListsEveryFieldOfTheShapesWithADescription()
    {
        var shapeFields = ShapePaths(RootShape.Object, "").ToList();
        var schemaFields = Walk(Schema, "").Where(s => s.IsProperty).ToDictionary(s => s.Path, s => s.Schema);

        Assert.Equal(shapeFields.Order(StringComparer.Ordinal), schemaFields.Keys.Order(StringComparer.Ordinal));
        Assert.All(schemaFields, f => Assert.False(string.IsNullOrWhiteSpace(f.Value.GetProperty("description").GetString()), f.Key));
    }

    [Fact]
    public void Generate_EveryFieldItLists_IsAcceptedByTheReader()
    {
        // The full sample uses every field; the reader accepts it and it covers the schema's fields exactly.
        var json = SpecWriter.ToJson(SpecRead.Valid(SpecSamples.Full));
        using var sample = JsonDocument.Parse(json);

        var used = ValuePaths(sample.RootElement, "").ToHashSet(StringComparer.Ordinal);
        var listed = Walk(Schema, "").Where(s => s.IsProperty).Select(s => s.Path).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(listed.Order(StringComparer.Ordinal), used.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(nameof(SpecSamples.Readme))]
    [InlineData(nameof(SpecSamples.Full))]
    [InlineData(nameof(SpecSamples.Minimal))]
    public void Generate_SampleSpecs_ConformToIt(string sample)
    {
        var text = sample switch
        {
            nameof(SpecSamples.Readme) => SpecSamples.Readme,
            nameof(SpecSamples.Full) => SpecSamples.Full,
            _ => SpecSamples.Minimal,
        };
        using var document = JsonDocument.Parse(SpecWriter.ToJson(SpecRead.Valid(text)));

        Assert.Empty(SchemaErrors.Of(Evaluator, document.RootElement));
    }

    [Fact]
    public void Generate_HandWrittenJsonWithNumbersAndStrings_Conforms()
    {
        const string json = """
            { "apiVersion": "ecswin.reconciler/v1", "kind": "TaskNetworkSpec", "metadata": { "name": "web" },
              "spec": { "selector": { "cluster": "c", "family": "web" },
                "securityGroups": { "ids": ["sg-0123abcd"], "forbiddenIngress": [{ "protocol": 6, "ports": "22", "cidr": "0.0.0.0/0" }, { "protocol": "-1", "cidr": "::/0" }] } } }
            """;
        SpecRead.Valid(json);
        using var document = JsonDocument.Parse(json);

        Assert.Empty(SchemaErrors.Of(Evaluator, document.RootElement));
    }

    [Theory]
    [InlineData("\"publicIp\": \"forbidden\"", "\"publicIp\": \"required\"", "/spec/eni/publicIp: enum:")]
    [InlineData("\"publicIp\": \"forbidden\"", "\"publicIP\": \"forbidden\"", "/spec/eni/publicIP: false:")]
    [InlineData("\"name\": \"iis-webserver\",", "", "/metadata: required: Required properties [\"name\"]")]
    [InlineData("\"reminderInterval\": \"1d\"", "\"reminderInterval\": \"1 day\"", "/spec/alerts/reminderInterval: pattern:")]
    [InlineData("\"ports\": 80,", "\"ports\": 80, \"cidr\": \"10.0.0.0/8\",", "/spec/securityGroups/requiredIngress/0: invalid")]
    public void Generate_DocumentsTheReaderRejects_FailItToo(string from, string to, string expectedError)
    {
        var json = SpecWriter.ToJson(SpecRead.Valid(SpecSamples.Readme));
        var broken = json.Replace(from, to, StringComparison.Ordinal);
        Assert.NotEqual(json, broken);
        Assert.False(SpecRead.Text(broken).IsValid);
        using var document = JsonDocument.Parse(broken);

        var errors = SchemaErrors.Of(Evaluator, document.RootElement);

        Assert.Equal(expectedError, Assert.Single(errors)[..expectedError.Length]);
    }

    private static void AssertNoDuplicateKeys(JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            var names = element.EnumerateObject().Select(p => p.Name).ToList();
            Assert.True(names.Count == names.Distinct(StringComparer.Ordinal).Count(), $"{path} repeats a key: {string.Join(", ", names)}");
            foreach (var property in element.EnumerateObject())
            {
                AssertNoDuplicateKeys(property.Value, $"{path}.{property.Name}");
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                AssertNoDuplicateKeys(item, path + "[]");
            }
        }
    }

    /// <summary>Field paths of the shapes: "spec.eni.subnets", "spec.securityGroups.forbiddenIngress[].protocol", "metadata.labels.*".</summary>
    private static IEnumerable<string> ShapePaths(Shape shape, string path) => shape switch
    {
        ObjectShape obj => obj.Fields.SelectMany(f => ShapePaths(f.Shape, Join(path, f.Name)).Prepend(Join(path, f.Name))),
        ListShape list => ShapePaths(list.Item, path + "[]"),
        MapShape => [path + ".*"],
        _ => [],
    };

    private static IEnumerable<(string Path, JsonElement Schema, bool IsProperty)> Walk(JsonElement schema, string path)
    {
        yield return (path, schema, false);
        if (schema.TryGetProperty("properties", out var properties))
        {
            foreach (var property in properties.EnumerateObject())
            {
                var child = Join(path, property.Name);
                yield return (child, property.Value, true);
                foreach (var nested in Walk(property.Value, child).Skip(1))
                {
                    yield return nested;
                }
            }
        }

        if (schema.TryGetProperty("items", out var items))
        {
            foreach (var nested in Walk(items, path + "[]"))
            {
                yield return nested;
            }
        }

        if (schema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.Object)
        {
            yield return (path + ".*", additional, true);
        }
    }

    private static IEnumerable<string> ValuePaths(JsonElement value, string path) => value.ValueKind switch
    {
        JsonValueKind.Object when path is "metadata.labels" or "spec.alerts.severities" => value.EnumerateObject().Any() ? [path + ".*"] : [],
        JsonValueKind.Object => value.EnumerateObject().SelectMany(p => ValuePaths(p.Value, Join(path, p.Name)).Prepend(Join(path, p.Name))),
        JsonValueKind.Array => value.EnumerateArray().SelectMany(item => ValuePaths(item, path + "[]")),
        _ => [],
    };

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";
}
