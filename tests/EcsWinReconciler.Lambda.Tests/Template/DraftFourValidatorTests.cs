using System.Text.Json;
using System.Text.Json.Nodes;

namespace EcsWinReconciler.Lambda.Tests.Template;

public sealed class DraftFourValidatorTests
{
    private const string Schema = """
        {
          "definitions": {
            "Name": { "type": "string", "pattern": "^[a-z-]+$" },
            "Port": { "type": "integer", "minimum": 1, "maximum": 65535 }
          },
          "type": "object",
          "required": ["name"],
          "properties": {
            "name": { "$ref": "#/definitions/Name" },
            "mode": { "enum": ["alert", "remediate"] },
            "ports": { "type": "array", "items": { "$ref": "#/definitions/Port" }, "maxItems": 2 },
            "either": { "anyOf": [ { "type": "string" }, { "type": "object", "additionalProperties": false, "properties": { "Ref": { "type": "string" } } } ] },
            "tags": { "type": "object", "additionalProperties": { "type": "string" } },
            "free": {}
          },
          "additionalProperties": false
        }
        """;

    [Fact]
    public void Validate_ValidInstance_HasNoErrors()
    {
        Assert.Empty(Validate("""{"name":"task-state","mode":"alert","ports":[80,443],"either":{"Ref":"X"},"tags":{"a":"b"},"free":[1,{"x":null}]}"""));
    }

    [Theory]
    [InlineData("""{}""", "$: missing required property name")]
    [InlineData("""{"name":"Task"}""", "$.name: \"Task\" does not match ^[a-z-]+$")]
    [InlineData("""{"name":5}""", "$.name: expected \"string\", found number")]
    [InlineData("""{"name":"a","mode":"fix"}""", "$.mode: \"fix\" is not one of [\"alert\", \"remediate\"]")]
    [InlineData("""{"name":"a","ports":[80.5]}""", "$.ports[0]: expected \"integer\", found number")]
    [InlineData("""{"name":"a","ports":[0]}""", "$.ports[0]: 0 is out of bounds (minimum 1)")]
    [InlineData("""{"name":"a","ports":[1,2,3]}""", "$.ports: length 3 breaks maxItems 2")]
    [InlineData("""{"name":"a","extra":1}""", "$.extra: not allowed")]
    [InlineData("""{"name":"a","tags":{"k":1}}""", "$.tags.k: expected \"string\", found number")]
    public void Validate_InvalidInstance_NamesThePathAndTheRule(string instance, string expected)
    {
        Assert.Contains(expected, Validate(instance));
    }

    [Fact]
    public void Validate_NoAnyOfBranchMatches_ReportsTheClosestBranch()
    {
        var error = Assert.Single(Validate("""{"name":"a","either":{"Ref":"X","Other":1}}"""));

        Assert.StartsWith("$.either: matches none of the 2 anyOf branches; closest: $.either.Other: not allowed", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UnknownKeyword_FailsLoudly()
    {
        var validator = new DraftFourValidator(JsonDocument.Parse("""{"if":{"type":"string"}}""").RootElement);

        Assert.Throws<NotSupportedException>(() => validator.Validate(JsonValue.Create("x")));
    }

    private static IReadOnlyList<string> Validate(string instance) =>
        new DraftFourValidator(JsonDocument.Parse(Schema).RootElement).Validate(JsonNode.Parse(instance));
}
