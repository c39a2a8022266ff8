namespace EcsWinReconciler.Sandbox.State;

/// <summary>
/// One security-group rule with exactly one source: an IPv4 or IPv6 CIDR, a prefix list or a referenced group.
/// Protocol is normalised to lower-case names or <c>-1</c> (all, ports -1).
/// </summary>
public sealed record SecurityGroupRule(
    string RuleId,
    string GroupId,
    bool IsEgress,
    string IpProtocol,
    int FromPort,
    int ToPort,
    string? CidrIpv4 = null,
    string? CidrIpv6 = null,
    string? PrefixListId = null,
    string? ReferencedGroupId = null,
    string? Description = null)
{
    /// <summary>Same permission (direction, protocol, ports, source); ids and descriptions do not count, as in EC2.</summary>
    public bool SamePermission(SecurityGroupRule other) =>
        IsEgress == other.IsEgress &&
        IpProtocol == other.IpProtocol &&
        FromPort == other.FromPort &&
        ToPort == other.ToPort &&
        CidrIpv4 == other.CidrIpv4 &&
        CidrIpv6 == other.CidrIpv6 &&
        PrefixListId == other.PrefixListId &&
        ReferencedGroupId == other.ReferencedGroupId;

    /// <summary>How EC2 describes a rule in InvalidPermission messages.</summary>
    public string Describe() =>
        $"peer: {CidrIpv4 ?? CidrIpv6 ?? PrefixListId ?? ReferencedGroupId}, {ProtocolName()}, from port: {FromPort}, to port: {ToPort}, ALLOW";

    private string ProtocolName() => IpProtocol == "-1" ? "ALL" : IpProtocol.ToUpperInvariant();
}
