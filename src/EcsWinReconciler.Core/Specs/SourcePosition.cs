namespace EcsWinReconciler.Core.Specs;

/// <summary>A 1-based line and column in a spec source; <see cref="None"/> for specs that did not come from text.</summary>
public readonly record struct SourcePosition(int Line, int Column)
{
    public static SourcePosition None => default;

    public override string ToString() => $"{Line}:{Column}";
}
