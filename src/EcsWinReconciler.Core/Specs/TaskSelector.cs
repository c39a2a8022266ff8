namespace EcsWinReconciler.Core.Specs;

/// <summary>Which tasks a spec governs: one cluster, one family or every family (<c>*</c>).</summary>
public sealed record TaskSelector(string Cluster, string Family)
{
    public const string AnyFamily = "*";

    public bool IsClusterDefault => Family == AnyFamily;

    /// <summary>Higher is more specific: an exact family beats the cluster default.</summary>
    public int Specificity => IsClusterDefault ? 1 : 2;

    public bool Matches(string cluster, string family) =>
        string.Equals(Cluster, cluster, StringComparison.Ordinal) &&
        (IsClusterDefault || string.Equals(Family, family, StringComparison.Ordinal));

    public override string ToString() => $"{Cluster}/{Family}";
}
