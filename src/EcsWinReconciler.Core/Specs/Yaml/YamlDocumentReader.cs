using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace EcsWinReconciler.Core.Specs.Yaml;

/// <summary>
/// Turns YAML (and so JSON, which the YAML parser reads as flow style) into <see cref="ParsedDocument"/>s.
/// Only YamlDotNet's event parser is used: it is AOT-safe and keeps positions and scalar styles.
/// A syntax error ends the stream: documents before it are kept, the broken one carries the error.
/// </summary>
internal static class YamlDocumentReader
{
    public static IReadOnlyList<ParsedDocument> Read(string text)
    {
        // A byte-order mark would otherwise become part of the first key.
        if (text.StartsWith('\uFEFF'))
        {
            text = text[1..];
        }

        if (TextProblems.NotText(text) is { } notText)
        {
            return [new ParsedDocument(0, notText.Position, null, [notText])];
        }

        var parser = new GuardedParser(new Parser(new StringReader(text)));
        var documents = new List<ParsedDocument>();
        DocumentBuilder? current = null;
        try
        {
            parser.Consume<StreamStart>();
            while (parser.TryConsume<DocumentStart>(out var start))
            {
                current = new DocumentBuilder(documents.Count, ToPosition(start.Start));
                var root = current.ReadNode(parser, DocPath.Root, depth: 0);
                parser.Consume<DocumentEnd>();
                documents.Add(current.Finish(root));
                current = null;
            }

            parser.Consume<StreamEnd>();
        }
        catch (YamlException ex)
        {
            var position = ex.Start.Line > 0 ? ToPosition(ex.Start) : new SourcePosition(1, 1);
            var problem = new NodeProblem(position, DocPath.Root, $"the text is not valid YAML or JSON: {ex.Message}");
            if (ex.Message.Contains("tab", StringComparison.OrdinalIgnoreCase) && TextProblems.IndentationTab(text) is { } tab)
            {
                problem = new NodeProblem(tab, DocPath.Root, "a tab indents this line; YAML indents with spaces only");
            }

            documents.Add(new ParsedDocument(current?.Index ?? documents.Count, current?.Start ?? position, null, [problem]));
        }

        return documents;
    }

    internal static SourcePosition ToPosition(Mark mark) => new(checked((int)mark.Line), checked((int)mark.Column));
}
