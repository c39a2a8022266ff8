using EcsWinReconciler.Core.Specs.Yaml;

namespace EcsWinReconciler.Core.Specs.Shapes;

/// <summary>The mapping part of <see cref="ShapeValidator"/>: keys, required fields and exactly-one-of groups.</summary>
internal static class ObjectValidator
{
    public static bool Validate(DocNode node, ObjectShape shape, string path, Diagnostics diagnostics)
    {
        if (node is not MappingNode mapping)
        {
            diagnostics.Report(node, path, $"expected {shape.Expected}, got {node.Describe()}");
            return false;
        }

        var ok = CheckDuplicateKeys(mapping, path, diagnostics);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in mapping.Entries)
        {
            var key = entry.Key.Value;
            if (!seen.Add(key))
            {
                continue;
            }

            var fieldPath = DocPath.Field(path, key);
            if (shape.Find(key) is not { } field)
            {
                diagnostics.Report(entry.Key.Start, fieldPath, UnknownField(shape, key));
                ok = false;
            }
            else if (!IsAbsent(entry.Value))
            {
                ok &= ShapeValidator.Validate(entry.Value, field.Shape, fieldPath, diagnostics);
            }
        }

        return CheckRequired(mapping, shape, path, diagnostics) && CheckExactlyOne(mapping, shape, path, diagnostics) && ok;
    }

    /// <summary>Null values count as absent, as in Kubernetes manifests.</summary>
    public static bool IsAbsent(DocNode? value) => value is null or ScalarNode { IsNull: true };

    public static bool CheckDuplicateKeys(MappingNode mapping, string path, Diagnostics diagnostics)
    {
        var first = new Dictionary<string, SourcePosition>(StringComparer.Ordinal);
        var ok = true;
        foreach (var entry in mapping.Entries)
        {
            if (!first.TryAdd(entry.Key.Value, entry.Key.Start))
            {
                diagnostics.Report(entry.Key.Start, DocPath.Field(path, entry.Key.Value), $"is given twice (first at line {first[entry.Key.Value].Line})");
                ok = false;
            }
        }

        return ok;
    }

    private static string UnknownField(ObjectShape shape, string key)
    {
        if (shape.Misplaced.TryGetValue(key, out var why))
        {
            return $"unknown field; {why}";
        }

        if (key == "<<")
        {
            return "unknown field; YAML merge keys (<<) are not supported, write the fields out";
        }

        var names = shape.Fields.Select(f => f.Name).ToArray();
        return Suggestions.Closest(key, names) is { } match
            ? $"unknown field; did you mean \"{match}\"?"
            : $"unknown field; expected one of {string.Join(", ", names)}";
    }

    private static bool CheckRequired(MappingNode mapping, ObjectShape shape, string path, Diagnostics diagnostics)
    {
        var ok = true;
        foreach (var field in shape.Fields.Where(f => f.Required && IsAbsent(mapping.Find(f.Name)?.Value)))
        {
            diagnostics.Report(mapping.Start, path, $"missing required field \"{field.Name}\"");
            ok = false;
        }

        return ok;
    }

    private static bool CheckExactlyOne(MappingNode mapping, ObjectShape shape, string path, Diagnostics diagnostics)
    {
        if (shape.ExactlyOneOf.Count == 0)
        {
            return true;
        }

        var given = shape.ExactlyOneOf.Select(name => mapping.Find(name)).Where(e => !IsAbsent(e?.Value)).Select(e => e!).ToList();
        if (given.Count == 1)
        {
            return true;
        }

        var names = string.Join(" or ", shape.ExactlyOneOf);
        if (given.Count == 0)
        {
            diagnostics.Report(mapping.Start, path, $"needs one of {names}");
        }
        else
        {
            foreach (var extra in given.Skip(1))
            {
                diagnostics.Report(extra.Key.Start, DocPath.Field(path, extra.Key.Value), $"cannot be given with {given[0].Key.Value}; give exactly one of {names}");
            }
        }

        return false;
    }
}
