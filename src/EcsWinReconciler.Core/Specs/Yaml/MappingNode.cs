namespace EcsWinReconciler.Core.Specs.Yaml;

/// <summary>A mapping with its entries in document order, duplicates included.</summary>
internal sealed class MappingNode(SourcePosition start, IReadOnlyList<MappingEntry> entries) : DocNode(start)
{
    public IReadOnlyList<MappingEntry> Entries { get; } = entries;

    /// <summary>The first entry with this key, or null.</summary>
    public MappingEntry? Find(string key)
    {
        foreach (var entry in Entries)
        {
            if (string.Equals(entry.Key.Value, key, StringComparison.Ordinal))
            {
                return entry;
            }
        }

        return null;
    }

    public override string Describe() => "a mapping";
}

/// <summary>One key: value pair; keys are always scalars (the parser reports any other key).</summary>
internal sealed record MappingEntry(ScalarNode Key, DocNode Value);
