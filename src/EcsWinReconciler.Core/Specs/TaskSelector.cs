using EcsWinReconciler.Core.Common;

namespace EcsWinReconciler.Core.Specs;

/// <summary>
/// Which tasks a spec governs: one cluster, one family or every family (<c>*</c>), in one account and region. Without
/// <see cref="Account"/> or <see cref="Region"/> the spec governs the hub's own (a single-account deployment never names them).
/// </summary>
public sealed record TaskSelector(string Cluster, string Family)
{
    public const string AnyFamily = "*";

    /// <summary>The member account the cluster is in; null: the hub's own.</summary>
    public string? Account { get; init; }

    /// <summary>The region the cluster is in; null: the hub's own.</summary>
    public string? Region { get; init; }

    public bool IsClusterDefault => Family == AnyFamily;

    /// <summary>Higher is more specific: an exact family beats the cluster default.</summary>
    public int Specificity => IsClusterDefault ? 1 : 2;

    /// <summary>The account and region the selected tasks run in, the hub's own where the selector names none.</summary>
    public AccountRegion PlaceIn(AccountRegion home)
    {
        ArgumentNullException.ThrowIfNull(home);
        return Account is null && Region is null ? home : new AccountRegion(Account ?? home.Account, Region ?? home.Region);
    }

    public bool Matches(string cluster, string family) =>
        string.Equals(Cluster, cluster, StringComparison.Ordinal) &&
        (IsClusterDefault || string.Equals(Family, family, StringComparison.Ordinal));

    public override string ToString() => (Account, Region) switch
    {
        (null, null) => $"{Cluster}/{Family}",
        _ => $"{Cluster}/{Family} in {Account ?? "the hub's account"}/{Region ?? "the hub's region"}",
    };
}
