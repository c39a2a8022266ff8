namespace EcsWinReconciler.Core.Networking;

/// <summary>Where an ingress rule lets traffic come from: a CIDR, another security group, or a prefix list.</summary>
public sealed record RuleSource
{
    private RuleSource(Cidr? cidr, string? groupId, string? prefixListId)
    {
        Cidr = cidr;
        GroupId = groupId;
        PrefixListId = prefixListId;
    }

    public Cidr? Cidr { get; }

    public string? GroupId { get; }

    public string? PrefixListId { get; }

    public static RuleSource FromCidr(Cidr cidr) => new(cidr, null, null);

    public static RuleSource FromGroup(string groupId) => new(null, groupId, null);

    public static RuleSource FromPrefixList(string prefixListId) => new(null, null, prefixListId);

    public bool IsWorld => Cidr is { IsWorld: true };

    /// <summary>True when everything <paramref name="other"/> admits is also admitted by this source.</summary>
    public bool Covers(RuleSource other) =>
        Cidr is { } mine ? other.Cidr is { } theirs && mine.Contains(theirs)
        : GroupId is not null ? string.Equals(GroupId, other.GroupId, StringComparison.Ordinal)
        : string.Equals(PrefixListId, other.PrefixListId, StringComparison.Ordinal);

    public override string ToString() => Cidr?.ToString() ?? GroupId ?? PrefixListId ?? "?";
}
