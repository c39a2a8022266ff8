using EcsWinReconciler.Core.Specs.Yaml;

namespace EcsWinReconciler.Core.Specs.Shapes;

/// <summary>A single value: its JSON types, enum values or pattern for the schema, and the check the reader runs.</summary>
internal abstract class ScalarShape(string expected, JsonTypes types) : Shape
{
    public override string Expected { get; } = expected;

    public JsonTypes Types { get; } = types;

    /// <summary>The accepted values, when the scalar is an enum (rejected values are not listed).</summary>
    public IReadOnlyList<string>? EnumValues { get; init; }

    /// <summary>The regex a string value must match (the reader's check may be stricter, never looser).</summary>
    public string? Pattern { get; init; }

    public long? Minimum { get; init; }

    public long? Maximum { get; init; }

    /// <summary>The problem with this scalar, or null when it is a valid value.</summary>
    public abstract string? Problem(ScalarNode node);
}
