using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace EcsWinReconciler.Lambda.Tests.Template;

/// <summary>
/// Reads a CloudFormation YAML template into JSON nodes, as CloudFormation does: short-form tags become their long
/// forms (<c>!Ref X</c> → <c>{"Ref":"X"}</c>, <c>!GetAtt A.B</c> → <c>{"Fn::GetAtt":["A","B"]}</c>, <c>!Sub</c> →
/// <c>{"Fn::Sub":…}</c>, …) and plain scalars are typed by the YAML core schema (numbers, booleans, null).
/// </summary>
internal static partial class CfnYaml
{
    private static readonly Dictionary<string, string> FunctionTags = new(StringComparer.Ordinal)
    {
        ["!Base64"] = "Fn::Base64", ["!Cidr"] = "Fn::Cidr", ["!FindInMap"] = "Fn::FindInMap", ["!GetAZs"] = "Fn::GetAZs",
        ["!ImportValue"] = "Fn::ImportValue", ["!Join"] = "Fn::Join", ["!Select"] = "Fn::Select", ["!Split"] = "Fn::Split",
        ["!Sub"] = "Fn::Sub", ["!Transform"] = "Fn::Transform", ["!And"] = "Fn::And", ["!Equals"] = "Fn::Equals",
        ["!If"] = "Fn::If", ["!Not"] = "Fn::Not", ["!Or"] = "Fn::Or", ["!Length"] = "Fn::Length", ["!ToJsonString"] = "Fn::ToJsonString",
    };

    public static JsonObject Load(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return Convert(stream.Documents.Single().RootNode) as JsonObject ?? throw new InvalidDataException("the template is not a mapping");
    }

    public static JsonNode? Convert(YamlNode node)
    {
        var tag = node.Tag.IsEmpty ? null : node.Tag.Value;
        var value = node switch
        {
            YamlMappingNode map => Mapping(map),
            YamlSequenceNode seq => new JsonArray([.. seq.Children.Select(Convert)]),
            YamlScalarNode scalar => Scalar(scalar, typed: tag is null),
            _ => throw new InvalidDataException($"unsupported YAML node {node.GetType().Name}"),
        };
        return tag switch
        {
            null or "tag:yaml.org,2002:str" or "tag:yaml.org,2002:map" or "tag:yaml.org,2002:seq" => value,
            "!Ref" => new JsonObject { ["Ref"] = value },
            "!Condition" => new JsonObject { ["Condition"] = value },
            "!GetAtt" => new JsonObject { ["Fn::GetAtt"] = GetAtt(value) },
            _ when FunctionTags.TryGetValue(tag, out var name) => new JsonObject { [name] = value },
            _ => throw new InvalidDataException($"unknown tag {tag} at {node.Start}"),
        };
    }

    private static JsonObject Mapping(YamlMappingNode map)
    {
        var result = new JsonObject();
        foreach (var (key, child) in map.Children)
        {
            var name = ((YamlScalarNode)key).Value ?? string.Empty;
            if (result.ContainsKey(name))
            {
                throw new InvalidDataException($"duplicate key {name} at {key.Start}");
            }

            result[name] = Convert(child);
        }

        return result;
    }

    private static JsonNode? GetAtt(JsonNode? value) =>
        value is JsonValue v && v.TryGetValue<string>(out var text) && text.IndexOf('.', StringComparison.Ordinal) is var dot and > 0
            ? new JsonArray(text[..dot], text[(dot + 1)..])
            : value;

    private static JsonNode? Scalar(YamlScalarNode scalar, bool typed)
    {
        var text = scalar.Value ?? string.Empty;
        if (!typed || scalar.Style is not YamlDotNet.Core.ScalarStyle.Plain)
        {
            return JsonValue.Create(text);
        }

        return text switch
        {
            "" or "~" or "null" or "Null" or "NULL" => null,
            "true" or "True" or "TRUE" => JsonValue.Create(true),
            "false" or "False" or "FALSE" => JsonValue.Create(false),
            // Numbers are parsed back from canonical JSON text so they read as any numeric type.
            _ when Integer().IsMatch(text) => JsonNode.Parse(long.Parse(text, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)),
            _ when Float().IsMatch(text) => JsonNode.Parse(double.Parse(text, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture)),
            _ => JsonValue.Create(text),
        };
    }

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex Integer();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex Float();
}
