using System.Text.Json.Nodes;

namespace EcsWinReconciler.Lambda.Tests.Support;

/// <summary>Changes one thing in a sample event (a JSON path of property names) and returns the new text.</summary>
internal static class EventEdits
{
    public static string Set(string json, string path, JsonNode? value)
    {
        var root = JsonNode.Parse(json)!;
        var parts = path.Split('.');
        var parent = parts[..^1].Aggregate(root, (node, part) => node[part]!);
        parent[parts[^1]] = value;
        return root.ToJsonString();
    }

    public static string Remove(string json, string path)
    {
        var root = JsonNode.Parse(json)!;
        var parts = path.Split('.');
        var parent = parts[..^1].Aggregate(root, (node, part) => node[part]!);
        parent.AsObject().Remove(parts[^1]);
        return root.ToJsonString();
    }
}
