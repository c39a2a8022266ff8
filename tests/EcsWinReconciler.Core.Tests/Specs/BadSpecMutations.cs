using System.Text.Json;

namespace EcsWinReconciler.Core.Tests.Specs;

/// <summary>
/// Mistakes that make any valid spec invalid, each with the path(s) the reader must name: an unknown field, a value
/// of the wrong kind (object, scalar, list), an id, port, CIDR or enum value that cannot be, a required field left out,
/// a wrong apiVersion or kind. Labels are skipped (any label name is a valid key there).
/// </summary>
internal static class BadSpecMutations
{
    private static readonly HashSet<string> EnumKeys = new(StringComparer.Ordinal) { "match", "mode", "publicIp", "privateDnsName", "protocol", "severity" };
    private static readonly HashSet<string> RemediationKeys = new(StringComparer.Ordinal) { "securityGroups", "eni", "dns" };

    private static readonly (string Parent, string Key)[] Required =
        [("", "apiVersion"), ("", "kind"), ("", "metadata"), ("", "spec"), ("metadata", "name"), ("spec", "selector"), ("spec.selector", "cluster")];

    /// <summary>Applies one mistake chosen by <paramref name="random"/>; returns its category and the paths an error must name.</summary>
    public static (string Category, string[] Expected) Apply(DocumentTree root, Random random)
    {
        var nodes = Walk(root, string.Empty, null).Where(n => !n.Path.StartsWith("metadata.labels", StringComparison.Ordinal)).ToList();
        while (true)
        {
            var pick = random.Next(10);
            var result = pick switch
            {
                0 => UnknownField(nodes, random),
                1 => Replace(nodes.Where(n => n.Node is DocumentTree.Raw && n.Path.Length > 0), random, "object for a scalar", Obj()),
                2 => Replace(nodes.Where(n => n.Node is DocumentTree.Obj && n.Path.Length > 0), random, "scalar for an object", new DocumentTree.Raw("5")),
                3 => Replace(nodes.Where(n => n.Node is DocumentTree.Arr), random, "object for a list", Obj()),
                4 => Replace(nodes.Where(n => n.Node is DocumentTree.Raw && (n.Path.Contains(".ids[", StringComparison.Ordinal) || n.Path.Contains(".subnets[", StringComparison.Ordinal))), random, "malformed id", Text("sg-12")),
                5 => Replace(nodes.Where(n => n.Key == "ports"), random, "port out of range", Text("70000")),
                6 => Replace(nodes.Where(n => n.Key == "cidr"), random, "CIDR with a /33", Text("10.0.0.1/33")),
                7 => Replace(nodes.Where(n => n.Node is DocumentTree.Raw r && r.Json.StartsWith('"') && (EnumKeys.Contains(n.Key ?? "") || (n.Path.StartsWith("spec.remediation.", StringComparison.Ordinal) && RemediationKeys.Contains(n.Key ?? "")))), random, "unknown enum value", Text("sometimes")),
                8 => Remove(root, random),
                _ => Replace(nodes.Where(n => n.Path is "apiVersion" or "kind"), random, "wrong apiVersion or kind", Text("ecswin.reconciler/v9")),
            };
            if (result is { } done)
            {
                return done;
            }
        }
    }

    private static (string, string[])? UnknownField(List<Located> nodes, Random random)
    {
        var objects = nodes.Where(n => n.Node is DocumentTree.Obj).ToList();
        var target = objects[random.Next(objects.Count)];
        ((DocumentTree.Obj)target.Node).Entries.Insert(0, ("unexpectedField", new DocumentTree.Raw("1")));
        return ("unknown field", [Join(target.Path, "unexpectedField")]);
    }

    private static (string, string[])? Replace(IEnumerable<Located> candidates, Random random, string category, DocumentTree value)
    {
        var list = candidates.ToList();
        if (list.Count == 0)
        {
            return null;
        }

        var target = list[random.Next(list.Count)];
        target.Set!(value);
        return (category, [target.Path]);
    }

    private static (string, string[])? Remove(DocumentTree root, Random random)
    {
        var (parent, key) = Required[random.Next(Required.Length)];
        if (Find(root, parent) is not DocumentTree.Obj obj || obj.Find(key) is null)
        {
            return null;
        }

        obj.Entries.RemoveAll(e => e.Key == key);
        return ("required field missing", [parent, Join(parent, key)]);
    }

    private static DocumentTree? Find(DocumentTree root, string path) =>
        path.Length == 0 ? root : path.Split('.').Aggregate<string, DocumentTree?>(root, (node, key) => (node as DocumentTree.Obj)?.Find(key));

    private static DocumentTree Obj() => new DocumentTree.Obj([("x", new DocumentTree.Raw("1"))]);

    private static DocumentTree Text(string value) => new DocumentTree.Raw(JsonSerializer.Serialize(value));

    /// <summary>A child path as the reader writes it (keys with dots, like check ids, in brackets).</summary>
    private static string Join(string parent, string key) => Core.Specs.Yaml.DocPath.Field(parent, key);

    private static IEnumerable<Located> Walk(DocumentTree node, string path, Action<DocumentTree>? set, string? key = null)
    {
        yield return new Located(path, key, node, set);
        switch (node)
        {
            case DocumentTree.Obj obj:
                for (var i = 0; i < obj.Entries.Count; i++)
                {
                    var index = i;
                    var entryKey = obj.Entries[i].Key;
                    foreach (var child in Walk(obj.Entries[i].Value, Join(path, entryKey), v => obj.Entries[index] = (entryKey, v), entryKey))
                    {
                        yield return child;
                    }
                }

                break;
            case DocumentTree.Arr arr:
                for (var i = 0; i < arr.Items.Count; i++)
                {
                    var index = i;
                    foreach (var child in Walk(arr.Items[i], $"{path}[{i}]", v => arr.Items[index] = v, key))
                    {
                        yield return child;
                    }
                }

                break;
        }
    }

    private sealed record Located(string Path, string? Key, DocumentTree Node, Action<DocumentTree>? Set);
}
