using System.Text.Json.Nodes;
using EcsWinReconciler.TestSupport.Reference;

namespace EcsWinReconciler.Lambda.Tests.Template;

/// <summary>template.yaml (or member.yaml) read as CloudFormation reads it, with helpers to walk resources and policies.</summary>
internal sealed class TemplateDocument(JsonObject root)
{
    public static string PathOnDisk => Path.Combine(RepositoryPaths.RepositoryRoot, "template.yaml");

    public JsonObject Root { get; } = root;

    public JsonObject Resources => Root["Resources"]!.AsObject();

    public JsonObject Parameters => Root["Parameters"]?.AsObject() ?? [];

    public JsonObject Conditions => Root["Conditions"]?.AsObject() ?? [];

    /// <summary>member.yaml: what each member account deploys (hub and members, issue 15).</summary>
    public static string MemberPathOnDisk => Path.Combine(RepositoryPaths.RepositoryRoot, "member.yaml");

    public static TemplateDocument Load() => Parse(File.ReadAllText(PathOnDisk));

    public static TemplateDocument LoadMember() => Parse(File.ReadAllText(MemberPathOnDisk));

    public static TemplateDocument Parse(string yaml) => new(CfnYaml.Load(yaml));

    public JsonObject Resource(string logicalId) => Resources[logicalId]?.AsObject() ?? throw new KeyNotFoundException($"no resource {logicalId}");

    public IEnumerable<(string Id, JsonObject Resource)> OfType(string type) =>
        Resources.Where(r => r.Value?["Type"]?.GetValue<string>() == type).Select(r => (r.Key, r.Value!.AsObject()));

    public static string? RefName(JsonNode? node) => node is JsonObject o && o["Ref"] is JsonValue v ? v.GetValue<string>() : null;

    public static string? GetAttResource(JsonNode? node) => node is JsonObject o && o["Fn::GetAtt"] is JsonArray a ? a[0]!.GetValue<string>() : null;

    /// <summary>Every branch a value can take: both sides of each Fn::If, without AWS::NoValue.</summary>
    public static IEnumerable<JsonNode> Branches(JsonNode? node)
    {
        if (node is JsonObject o && o["Fn::If"] is JsonArray ifArgs)
        {
            return Branches(ifArgs[1]).Concat(Branches(ifArgs[2]));
        }

        return node is null || RefName(node) == "AWS::NoValue" ? [] : [node];
    }

    /// <summary>Strings of a string-or-list value (intrinsics left as they are, each as its JSON text).</summary>
    public static IEnumerable<string> Strings(JsonNode? node) =>
        Branches(node).SelectMany(n => n is JsonArray array ? array.SelectMany(Strings) : [n is JsonValue v && v.TryGetValue<string>(out var s) ? s : n.ToJsonString()]);
}
