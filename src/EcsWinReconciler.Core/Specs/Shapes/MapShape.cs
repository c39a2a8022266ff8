namespace EcsWinReconciler.Core.Specs.Shapes;

/// <summary>A free-form string-to-string mapping (labels); keys follow <see cref="KeyPattern"/>.</summary>
internal sealed class MapShape(string keyPattern, string keyExpected, ScalarShape<string> value) : Shape
{
    public string KeyPattern { get; } = keyPattern;

    public string KeyExpected { get; } = keyExpected;

    public ScalarShape<string> Value { get; } = value;

    public override string Expected => "a mapping of names to values";
}
