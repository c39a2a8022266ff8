namespace EcsWinReconciler.Core.Specs.Shapes;

/// <summary>A list of items of one shape, with AWS's size limits and, for scalars, no repeats.</summary>
internal class ListShape(Shape item) : Shape
{
    public Shape Item { get; } = item;

    public int MinItems { get; init; }

    public int? MaxItems { get; init; }

    /// <summary>Why the maximum is what it is (an AWS limit), shown when it is exceeded.</summary>
    public string? MaxReason { get; init; }

    /// <summary>Scalar items must not repeat (compared as written). Rule lists compare semantically in the binder.</summary>
    public bool UniqueItems { get; init; }

    /// <summary>What the list holds, plural: "security group ids".</summary>
    public required string ItemsNoun { get; init; }

    public override string Expected => $"a list of {ItemsNoun}";
}

/// <summary>A list whose item shape is known statically, so the binder gets typed items.</summary>
internal sealed class ListShape<TItem>(TItem item) : ListShape(item)
    where TItem : Shape
{
    public new TItem Item { get; } = item;
}
