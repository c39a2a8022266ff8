using EcsWinReconciler.Core.Specs.Binding;
using EcsWinReconciler.Core.Specs.Shapes;
using EcsWinReconciler.Core.Specs.Yaml;

namespace EcsWinReconciler.Core.Tests.Specs.Binding;

/// <summary>A mapping as the binder receives it: parsed, then checked against its shape (which marks what it rejects).</summary>
internal static class Parsed
{
    public static (ObjectView View, Diagnostics Diagnostics) View(string yaml, ObjectShape shape, string path)
    {
        var root = Assert.IsType<MappingNode>(Assert.Single(YamlDocumentReader.Read(yaml)).Root);
        var diagnostics = new Diagnostics();
        ShapeValidator.Validate(root, shape, path, diagnostics);
        return (new ObjectView(root, path, diagnostics), diagnostics);
    }

    public static IEnumerable<string> Texts(Diagnostics diagnostics) => diagnostics.Problems.Select(p => $"{p.Path}: {p.Message}");
}
