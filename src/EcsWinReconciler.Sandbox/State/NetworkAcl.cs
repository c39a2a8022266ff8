namespace EcsWinReconciler.Sandbox.State;

/// <summary>
/// A network ACL: numbered entries, each direction evaluated lowest number first, the first match decides, and the
/// catch-all deny (<c>*</c>, shown as rule 32767) last. Stateless: a reply is judged like any other packet. Every subnet
/// is associated with exactly one ACL of its VPC; without an explicit one, with the VPC's default ACL.
/// </summary>
public sealed class NetworkAcl
{
    /// <summary>The number EC2 shows for the <c>*</c> entry that ends each direction.</summary>
    public const int CatchAllRuleNumber = 32767;

    public required string Id { get; init; }

    public required string VpcId { get; init; }

    /// <summary>The VPC's default ACL: created with the VPC, allowing all traffic both ways until someone edits it.</summary>
    public bool IsDefault { get; init; }

    public List<NetworkAclEntry> Entries { get; init; } = [];

    public List<NetworkAclAssociation> Associations { get; init; } = [];

    /// <summary>Entries in EC2's order: egress after ingress, each by rule number (the catch-all last).</summary>
    public IEnumerable<NetworkAclEntry> Ordered => Entries.OrderBy(e => e.Egress).ThenBy(e => e.RuleNumber);
}
