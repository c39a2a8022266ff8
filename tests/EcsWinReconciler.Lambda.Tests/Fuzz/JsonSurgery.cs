using System.Text;
using System.Text.Json.Nodes;

namespace EcsWinReconciler.Lambda.Tests.Fuzz;

/// <summary>Edits of a JSON text that keep or break its structure on purpose: paths of property names and array indexes.</summary>
internal static class JsonSurgery
{
    /// <summary>Sets (or, with <paramref name="remove"/>, deletes) the node at a path like <c>detail.attachments[0].details</c>.</summary>
    public static string Edit(string json, string path, Func<JsonNode?> value, bool remove = false)
    {
        var root = JsonNode.Parse(json)!;
        var steps = Steps(path);
        var parent = steps[..^1].Aggregate(root, (node, step) => step is int i ? node[i]! : node[(string)step]!);
        switch (steps[^1])
        {
            case int index when remove:
                parent.AsArray().RemoveAt(index);
                break;
            case int index:
                parent[index] = value();
                break;
            case string name when remove:
                parent.AsObject().Remove(name);
                break;
            case string name:
                parent[name] = value();
                break;
        }

        return root.ToJsonString();
    }

    /// <summary>Raw JSON text for a value (so a test can put any text, e.g. 200 nested brackets, where a value goes).</summary>
    public static string SetRaw(string json, string property, string rawValue)
    {
        const string placeholder = "__raw_value_placeholder__";
        return Edit(json, property, () => JsonValue.Create(placeholder)).Replace($"\"{placeholder}\"", rawValue, StringComparison.Ordinal);
    }

    /// <summary>Offsets just after a <c>{ [ , :</c> outside string literals: a value or a name must start there.</summary>
    public static IReadOnlyList<int> StructuralOffsets(byte[] json)
    {
        var offsets = new List<int>();
        var inString = false;
        for (var i = 0; i < json.Length; i++)
        {
            var c = json[i];
            if (inString)
            {
                i += c == '\\' ? 1 : 0;
                inString = c != '"';
            }
            else if (c == '"')
            {
                inString = true;
            }
            else if (c is (byte)'{' or (byte)'[' or (byte)',' or (byte)':')
            {
                offsets.Add(i + 1);
            }
        }

        return offsets;
    }

    public static byte[] Insert(byte[] body, int at, byte[] bytes) => [.. body[..at], .. bytes, .. body[at..]];

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static object[] Steps(string path) =>
        [.. path.Split('.').SelectMany(part => part.Split('[').Select((piece, i) => i == 0 ? (object)piece : int.Parse(piece.TrimEnd(']'), System.Globalization.CultureInfo.InvariantCulture)))];
}
