using EcsWinReconciler.Core.Specs.Binding;
using EcsWinReconciler.Core.Specs.Shapes;
using EcsWinReconciler.Core.Specs.Yaml;

namespace EcsWinReconciler.Core.Specs;

/// <summary>
/// Reads spec documents from YAML or JSON text (JSON is read by the YAML parser as flow style, so both give
/// the same positions and messages). Multi-document YAML (<c>---</c>) gives one spec per document; empty
/// documents are skipped. Every error of every document is reported; a document with errors yields no spec.
/// </summary>
/// <example><code>
/// var result = SpecReader.Read("web.yaml", text);
/// foreach (var error in result.Errors) Console.WriteLine(error); // web.yaml:7:5: spec.eni.subnet: unknown field; did you mean "subnets"?
/// </code></example>
public static class SpecReader
{
    public static SpecReadResult Read(string sourceName, string text) => Read(sourceName, text, SpecReadOptions.Stored);

    /// <summary>As <see cref="Read(string, string)"/>, with the checks <paramref name="options"/> adds (exception expiries against now).</summary>
    public static SpecReadResult Read(string sourceName, string text, SpecReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(sourceName);
        ArgumentNullException.ThrowIfNull(text);
        var specs = new List<SourcedSpec>();
        var errors = new List<SpecError>();
        foreach (var document in YamlDocumentReader.Read(text))
        {
            if (document.IsEmpty)
            {
                continue;
            }

            var diagnostics = new Diagnostics();
            foreach (var problem in document.Problems)
            {
                diagnostics.Report(problem.Position, problem.Path, problem.Message);
            }

            var spec = document.Root is { } root ? Bind(root, diagnostics, options) : null;
            if (diagnostics.HasProblems || spec is null)
            {
                errors.AddRange(ToErrors(sourceName, diagnostics.Problems));
                continue;
            }

            var mapping = (MappingNode)document.Root!;
            specs.Add(new SourcedSpec(
                spec,
                sourceName,
                document.Index,
                mapping.Start,
                Locate(mapping, RootShape.Metadata.Name, MetadataShape.Name.Name),
                Locate(mapping, RootShape.Spec.Name, SpecBodyShape.Selector.Name)));
        }

        return new SpecReadResult([.. specs], [.. errors]);
    }

    private static TaskNetworkSpec? Bind(DocNode root, Diagnostics diagnostics, SpecReadOptions options)
    {
        ShapeValidator.Validate(root, RootShape.Object, DocPath.Root, diagnostics);
        return root is MappingNode mapping ? SpecBinder.Bind(mapping, diagnostics, options) : null;
    }

    private static IEnumerable<SpecError> ToErrors(string source, IEnumerable<NodeProblem> problems) =>
        problems
            .OrderBy(p => p.Position.Line)
            .ThenBy(p => p.Position.Column)
            .Select(p => new SpecError(source, p.Path, p.Position.Line, p.Position.Column, p.Message));

    private static SourcePosition Locate(MappingNode root, string section, string field) =>
        root.Find(section)?.Value is MappingNode inner && inner.Find(field) is { } entry ? entry.Value.Start : root.Start;
}
