using System.Text.RegularExpressions;
using EcsWinReconciler.Core.Specs.Yaml;

namespace EcsWinReconciler.Core.Specs.Shapes;

/// <summary>
/// Checks a document against the shapes: types, unknown and duplicate keys, required fields, enums,
/// patterns, list sizes and repeats. It reports every problem and never stops at the first.
/// A null value (<c>key:</c>, <c>~</c>, <c>null</c>) counts as an absent field.
/// </summary>
internal static class ShapeValidator
{
    /// <summary>Validates <paramref name="node"/>; false when it or anything under it is wrong.</summary>
    public static bool Validate(DocNode node, Shape shape, string path, Diagnostics diagnostics) => shape switch
    {
        ScalarShape scalar => ValidateScalar(node, scalar, path, diagnostics),
        ListShape list => ValidateList(node, list, path, diagnostics),
        MapShape map => ValidateMap(node, map, path, diagnostics),
        ObjectShape obj => ObjectValidator.Validate(node, obj, path, diagnostics),
        _ => throw new InvalidOperationException($"Unknown shape {shape.GetType().Name}."),
    };

    private static bool ValidateScalar(DocNode node, ScalarShape shape, string path, Diagnostics diagnostics)
    {
        if (node is not ScalarNode scalar)
        {
            diagnostics.Report(node, path, $"expected {shape.Expected}, got {node.Describe()}");
            return false;
        }

        if (shape.Problem(scalar) is { } problem)
        {
            diagnostics.Report(node, path, problem);
            return false;
        }

        return true;
    }

    private static bool ValidateList(DocNode node, ListShape shape, string path, Diagnostics diagnostics)
    {
        if (node is not SequenceNode sequence)
        {
            var hint = node is ScalarNode && shape.Item is ScalarShape ? $"; write a list, e.g. [{((ScalarNode)node).Value}]" : string.Empty;
            diagnostics.Report(node, path, $"expected {shape.Expected}, got {node.Describe()}{hint}");
            return false;
        }

        var ok = true;
        var firstIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            var item = sequence.Items[i];
            var itemPath = DocPath.Item(path, i);
            if (!Validate(item, shape.Item, itemPath, diagnostics))
            {
                ok = false;
            }
            else if (shape.UniqueItems && item is ScalarNode scalar && !firstIndex.TryAdd(scalar.Value, i))
            {
                diagnostics.Report(item, itemPath, $"{ScalarNode.Quote(scalar.Value)} is listed twice (first at [{firstIndex[scalar.Value]}])");
                ok = false;
            }
        }

        // A wrong count marks the list itself; a wrong item marks only that item, so the binder still
        // checks the other items (one bad rule does not hide a contradiction between two good ones).
        return CheckCount(sequence, shape, path, diagnostics) && ok;
    }

    private static bool CheckCount(SequenceNode sequence, ListShape shape, string path, Diagnostics diagnostics)
    {
        var count = sequence.Items.Count;
        if (count < shape.MinItems)
        {
            diagnostics.Report(sequence, path, $"needs at least {shape.MinItems} item{(shape.MinItems == 1 ? "" : "s")}; leave the field out to skip this check");
            return false;
        }

        if (count > shape.MaxItems)
        {
            diagnostics.Report(sequence, path, $"has {count} items, more than {shape.MaxItems}{(shape.MaxReason is null ? "" : $" ({shape.MaxReason})")}");
            return false;
        }

        return true;
    }

    private static bool ValidateMap(DocNode node, MapShape shape, string path, Diagnostics diagnostics)
    {
        if (node is not MappingNode mapping)
        {
            diagnostics.Report(node, path, $"expected {shape.Expected}, got {node.Describe()}");
            return false;
        }

        var ok = ObjectValidator.CheckDuplicateKeys(mapping, path, diagnostics);
        foreach (var entry in mapping.Entries)
        {
            var entryPath = DocPath.Field(path, entry.Key.Value);
            if (!Regex.IsMatch(entry.Key.Value, shape.KeyPattern, RegexOptions.CultureInvariant))
            {
                diagnostics.Report(entry.Key, entryPath, $"{ScalarNode.Quote(entry.Key.Value)} is not {shape.KeyExpected}");
                ok = false;
            }

            ok &= Validate(entry.Value, shape.Value, entryPath, diagnostics);
        }

        if (!ok)
        {
            diagnostics.MarkBroken(node);
        }

        return ok;
    }
}
