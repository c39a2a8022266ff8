using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using EcsWinReconciler.TestSupport.Reference;

namespace EcsWinReconciler.Aws.Tests.Ec2;

/// <summary>
/// The official EC2 API model (botocore service-2.json, protocol "ec2"), read the way the ec2 protocol serialises:
/// request keys are queryName, else locationName with a capital first letter, else the member name, lists as
/// <c>Name.N</c>; response elements are locationName, else the member name, lists as <c>&lt;item&gt;</c> children.
/// </summary>
internal static class Ec2Model
{
    private static readonly Lazy<JsonDocument> Document = new(() => BotocoreModels.Load("ec2"));

    private static JsonElement Root => Document.Value.RootElement;

    public static bool HasOperation(string operation) => Root.GetProperty("operations").TryGetProperty(operation, out _);

    public static JsonElement Shape(string name) => Root.GetProperty("shapes").GetProperty(name);

    public static JsonElement Operation(string operation) => Root.GetProperty("operations").GetProperty(operation);

    public static string InputShape(string operation) => Operation(operation).GetProperty("input").GetProperty("shape").GetString()!;

    /// <summary>The output shape; operations without one (ModifyVpcAttribute) answer only a requestId.</summary>
    public static string? OutputShape(string operation) =>
        Operation(operation).TryGetProperty("output", out var output) ? output.GetProperty("shape").GetString() : null;

    /// <summary>The request keys (other than Action and Version) that the operation's input shape does not define.</summary>
    public static IEnumerable<string> UnknownQueryKeys(string operation, IEnumerable<string> keys) =>
        keys.Where(k => k is not ("Action" or "Version") && !IsQueryKey(InputShape(operation), k.Split('.'), 0));

    /// <summary>Paths of response elements under <c>{Action}Response</c> that the output shape does not define.</summary>
    public static IEnumerable<string> UnknownElements(string operation, XElement response) =>
        response.Elements()
            .Where(e => e.Name.LocalName != "requestId")
            .SelectMany(e => OutputShape(operation) is { } shape ? UnknownElements(shape, e, e.Name.LocalName) : [e.Name.LocalName]);

    /// <summary>True when <paramref name="path"/> (element names joined by '/') leads through the output shape.</summary>
    public static bool HasResponsePath(string operation, string path)
    {
        var shape = OutputShape(operation);
        foreach (var name in path.Split('/'))
        {
            shape = shape is null ? null : ChildShape(shape, name);
        }

        return shape is not null;
    }

    /// <summary>The documentation of the input member that carries <c>Filter.N</c>: it lists the filter names EC2 accepts.</summary>
    public static string FilterDocumentation(string operation) =>
        Shape(InputShape(operation)).GetProperty("members").GetProperty("Filters").GetProperty("documentation").GetString()!;

    /// <summary>A botocore example output (JSON) written as the ec2 protocol's XML response body.</summary>
    public static string ExampleAsXml(string operation, JsonElement output)
    {
        var body = new StringBuilder();
        WriteStructure(body, OutputShape(operation)!, output);
        return body.ToString();
    }

    private static bool IsQueryKey(string shapeName, string[] segments, int at)
    {
        if (at == segments.Length)
        {
            return true;
        }

        var shape = Shape(shapeName);
        var segment = segments[at];
        return shape.GetProperty("type").GetString() switch
        {
            "structure" => shape.GetProperty("members").EnumerateObject()
                .Where(m => QueryName(m) == segment)
                .Select(m => m.Value.GetProperty("shape").GetString()!)
                .FirstOrDefault() is { } member && IsQueryKey(member, segments, at + 1),
            "list" => int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index >= 1 &&
                IsQueryKey(shape.GetProperty("member").GetProperty("shape").GetString()!, segments, at + 1),
            _ => false,
        };
    }

    private static string QueryName(JsonProperty member) =>
        member.Value.TryGetProperty("queryName", out var query) ? query.GetString()!
        : member.Value.TryGetProperty("locationName", out var location) ? char.ToUpperInvariant(location.GetString()![0]) + location.GetString()![1..]
        : member.Name;

    private static string ElementName(JsonProperty member) =>
        member.Value.TryGetProperty("locationName", out var location) ? location.GetString()! : member.Name;

    private static string? ChildShape(string shapeName, string element)
    {
        var shape = Shape(shapeName);
        return shape.GetProperty("type").GetString() switch
        {
            "structure" => shape.GetProperty("members").EnumerateObject()
                .Where(m => ElementName(m) == element).Select(m => m.Value.GetProperty("shape").GetString()).FirstOrDefault(),
            "list" => element == (shape.GetProperty("member").TryGetProperty("locationName", out var item) ? item.GetString() : "member")
                ? shape.GetProperty("member").GetProperty("shape").GetString()
                : null,
            _ => null,
        };
    }

    private static IEnumerable<string> UnknownElements(string parentShape, XElement element, string path)
    {
        var shape = ChildShape(parentShape, element.Name.LocalName);
        if (shape is null)
        {
            return [path];
        }

        return element.Elements().SelectMany(child => UnknownElements(shape, child, $"{path}/{child.Name.LocalName}"));
    }

    private static void WriteStructure(StringBuilder body, string shapeName, JsonElement value)
    {
        var members = Shape(shapeName).GetProperty("members");
        foreach (var property in value.EnumerateObject())
        {
            var member = members.EnumerateObject().Single(m => m.Name == property.Name);
            var name = ElementName(member);
            body.Append('<').Append(name).Append('>');
            WriteValue(body, member.Value.GetProperty("shape").GetString()!, property.Value);
            body.Append("</").Append(name).Append('>');
        }
    }

    private static void WriteValue(StringBuilder body, string shapeName, JsonElement value)
    {
        var shape = Shape(shapeName);
        switch (shape.GetProperty("type").GetString())
        {
            case "structure":
                WriteStructure(body, shapeName, value);
                break;
            case "list":
                var item = shape.GetProperty("member").TryGetProperty("locationName", out var l) ? l.GetString()! : "member";
                foreach (var element in value.EnumerateArray())
                {
                    body.Append('<').Append(item).Append('>');
                    WriteValue(body, shape.GetProperty("member").GetProperty("shape").GetString()!, element);
                    body.Append("</").Append(item).Append('>');
                }

                break;
            default:
                body.Append(System.Security.SecurityElement.Escape(value.ValueKind switch
                {
                    JsonValueKind.True => "true",
                    JsonValueKind.False => "false",
                    JsonValueKind.String => value.GetString(),
                    _ => value.GetRawText(),
                }));
                break;
        }
    }
}
