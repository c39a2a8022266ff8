using System.Text.Json;
using EcsWinReconciler.Core.Specs.Yaml;

namespace EcsWinReconciler.Core.Specs.Shapes;

/// <summary>A scalar with its typed reader and its canonical JSON writer (used by <see cref="SpecWriter"/>).</summary>
internal sealed class ScalarShape<T>(string expected, JsonTypes types, ScalarParser<T> parse, Action<Utf8JsonWriter, T> write)
    : ScalarShape(expected, types)
{
    public bool TryParse(ScalarNode node, out T value, out string? problem) =>
        parse(node, out value, out problem);

    public override string? Problem(ScalarNode node) => parse(node, out _, out var problem) ? null : problem;

    public void Write(Utf8JsonWriter writer, T value) => write(writer, value);
}
