using System.Text;
using System.Text.Json;

namespace EcsWinReconciler.Core.Tests.Specs;

/// <summary>
/// A mutable JSON tree that, unlike JsonNode, keeps duplicate keys: the mutation property needs them.
/// Scalars hold their raw JSON text. Paths resolve the way the reader writes them (a.b[2]["x.y"]).
/// </summary>
internal abstract class DocumentTree
{
    public static DocumentTree From(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => new Obj(element.EnumerateObject().Select(p => (p.Name, From(p.Value))).ToList()),
        JsonValueKind.Array => new Arr(element.EnumerateArray().Select(From).ToList()),
        _ => new Raw(element.GetRawText()),
    };

    public abstract void Write(StringBuilder text);

    public override string ToString()
    {
        var text = new StringBuilder();
        Write(text);
        return text.ToString();
    }

    /// <summary>True when the reader's path names a node of this tree.</summary>
    public bool HasPath(string path)
    {
        DocumentTree node = this;
        var i = 0;
        while (i < path.Length)
        {
            (node, i) = Step(node, path, i) is { } next ? next : (null!, -1);
            if (i < 0)
            {
                return false;
            }
        }

        return true;
    }

    private static (DocumentTree, int)? Step(DocumentTree node, string path, int i)
    {
        if (path[i] == '[' && path[i + 1] == '"')
        {
            var end = path.IndexOf("\"]", i + 2, StringComparison.Ordinal);
            var key = JsonSerializer.Deserialize<string>(path[(i + 1)..(end + 1)])!;
            return node is Obj o && o.Find(key) is { } child ? (child, end + 2) : null;
        }

        if (path[i] == '[')
        {
            var end = path.IndexOf(']', i);
            var index = int.Parse(path[(i + 1)..end], System.Globalization.CultureInfo.InvariantCulture);
            return node is Arr a && index < a.Items.Count ? (a.Items[index], end + 1) : null;
        }

        var start = path[i] == '.' ? i + 1 : i;
        var stop = path.IndexOfAny(['.', '['], start);
        stop = stop < 0 ? path.Length : stop;
        return node is Obj obj && obj.Find(path[start..stop]) is { } field ? (field, stop) : null;
    }

    public sealed class Obj(List<(string Key, DocumentTree Value)> entries) : DocumentTree
    {
        public List<(string Key, DocumentTree Value)> Entries { get; } = entries;

        public DocumentTree? Find(string key) => Entries.FirstOrDefault(e => e.Key == key).Value;

        public override void Write(StringBuilder text)
        {
            text.Append('{');
            for (var i = 0; i < Entries.Count; i++)
            {
                text.Append(i == 0 ? "" : ", ").Append(JsonSerializer.Serialize(Entries[i].Key)).Append(": ");
                Entries[i].Value.Write(text);
            }

            text.Append('}');
        }
    }

    public sealed class Arr(List<DocumentTree> items) : DocumentTree
    {
        public List<DocumentTree> Items { get; } = items;

        public override void Write(StringBuilder text)
        {
            text.Append('[');
            for (var i = 0; i < Items.Count; i++)
            {
                text.Append(i == 0 ? "" : ", ");
                Items[i].Write(text);
            }

            text.Append(']');
        }
    }

    public sealed class Raw(string json) : DocumentTree
    {
        public string Json { get; } = json;

        public override void Write(StringBuilder text) => text.Append(Json);
    }
}
