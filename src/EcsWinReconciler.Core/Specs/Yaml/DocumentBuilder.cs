using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace EcsWinReconciler.Core.Specs.Yaml;

/// <summary>Builds one document's <see cref="DocNode"/> tree from parser events, collecting what it cannot represent.</summary>
internal sealed class DocumentBuilder(int index, SourcePosition start)
{
    /// <summary>Far deeper than any spec; stops a hostile document from exhausting the stack.</summary>
    private const int MaxDepth = 32;

    private const string StringTag = "tag:yaml.org,2002:str";

    private readonly Dictionary<string, DocNode> _anchors = new(StringComparer.Ordinal);
    private readonly List<NodeProblem> _problems = [];

    public int Index { get; } = index;

    public SourcePosition Start { get; } = start;

    public ParsedDocument Finish(DocNode root) =>
        new(Index, Start, root is ScalarNode { IsNull: true } && _problems.Count == 0 ? null : root, _problems);

    public DocNode ReadNode(IParser parser, string path, int depth)
    {
        var current = parser.Current ?? throw new InvalidOperationException("The YAML parser ended inside a document.");
        var position = YamlDocumentReader.ToPosition(current.Start);
        if (current is AnchorAlias alias)
        {
            parser.MoveNext();
            return ResolveAlias(alias, position, path);
        }

        if (current is NodeEvent and (MappingStart or SequenceStart) && depth >= MaxDepth)
        {
            _problems.Add(new NodeProblem(position, path, $"is nested more than {MaxDepth} levels deep"));
            SkipSubtree(parser);
            return new SequenceNode(position, []);
        }

        DocNode node = current switch
        {
            Scalar scalar => ReadScalar(parser, scalar, position),
            SequenceStart => ReadSequence(parser, position, path, depth),
            MappingStart => ReadMapping(parser, position, path, depth),
            _ => throw new YamlException(current.Start, current.End, $"Unexpected {current.GetType().Name}."),
        };
        if (current is NodeEvent { Anchor.IsEmpty: false } anchored)
        {
            // Registered once the node is complete, so a node can never contain itself.
            _anchors[anchored.Anchor.Value] = node;
        }

        return node;
    }

    private static ScalarNode ReadScalar(IParser parser, Scalar scalar, SourcePosition position)
    {
        parser.MoveNext();
        var plain = scalar.Style is ScalarStyle.Plain or ScalarStyle.Any && (scalar.Tag.IsEmpty || scalar.Tag.IsNonSpecific || scalar.Tag.Value != StringTag);
        return new ScalarNode(position, scalar.Value, plain);
    }

    private SequenceNode ReadSequence(IParser parser, SourcePosition position, string path, int depth)
    {
        parser.MoveNext();
        var items = new List<DocNode>();
        while (!parser.TryConsume<SequenceEnd>(out _))
        {
            items.Add(ReadNode(parser, DocPath.Item(path, items.Count), depth + 1));
        }

        return new SequenceNode(position, items);
    }

    private MappingNode ReadMapping(IParser parser, SourcePosition position, string path, int depth)
    {
        parser.MoveNext();
        var entries = new List<MappingEntry>();
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var key = ReadNode(parser, path, depth + 1);
            if (key is ScalarNode scalarKey)
            {
                entries.Add(new MappingEntry(scalarKey, ReadNode(parser, DocPath.Field(path, scalarKey.Value), depth + 1)));
                continue;
            }

            ReadNode(parser, path, depth + 1);
            _problems.Add(new NodeProblem(key.Start, path, $"has a key that is {key.Describe()}; keys must be plain names"));
        }

        return new MappingNode(position, entries);
    }

    private DocNode ResolveAlias(AnchorAlias alias, SourcePosition position, string path)
    {
        if (_anchors.TryGetValue(alias.Value.Value, out var node))
        {
            return node;
        }

        _problems.Add(new NodeProblem(position, path, $"refers to the anchor &{alias.Value.Value}, which is not defined before it"));
        return new ScalarNode(position, string.Empty, isPlain: true);
    }

    private static void SkipSubtree(IParser parser)
    {
        var open = 0;
        do
        {
            open += parser.Current switch
            {
                MappingStart or SequenceStart => 1,
                MappingEnd or SequenceEnd => -1,
                _ => 0,
            };
            parser.MoveNext();
        }
        while (open > 0);
    }
}
