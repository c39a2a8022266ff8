namespace EcsWinReconciler.Core.Specs.Shapes;

/// <summary>A mapping with a fixed set of fields; any other key is an error.</summary>
internal sealed class ObjectShape(string expected, params IReadOnlyList<Field> fields) : Shape
{
    public override string Expected { get; } = expected;

    public IReadOnlyList<Field> Fields { get; } = fields;

    /// <summary>Fields of which exactly one must be given (a rule's <c>cidr</c> or <c>source</c>).</summary>
    public IReadOnlyList<string> ExactlyOneOf { get; init; } = [];

    /// <summary>Why a field that belongs elsewhere is not accepted here, for a better unknown-field message.</summary>
    public IReadOnlyDictionary<string, string> Misplaced { get; init; } = new Dictionary<string, string>();

    public Field? Find(string name)
    {
        foreach (var field in Fields)
        {
            if (string.Equals(field.Name, name, StringComparison.Ordinal))
            {
                return field;
            }
        }

        return null;
    }
}
