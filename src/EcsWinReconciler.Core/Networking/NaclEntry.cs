namespace EcsWinReconciler.Core.Networking;

/// <summary>
/// One entry of a network ACL (DescribeNetworkAcls <c>Entries[]</c>): evaluated in ascending <see cref="RuleNumber"/> order,
/// the first that matches the traffic decides. <see cref="DefaultRuleNumber"/> is the catch-all deny every ACL ends with.
/// NACLs are stateless: the reply of an outbound request is inbound traffic and needs its own allowing entry.
/// </summary>
public sealed record NaclEntry(int RuleNumber, bool Egress, IpProtocol Protocol, PortRange Ports, Cidr Cidr, bool Allow)
{
    /// <summary>The <c>*</c> entry: 32767, deny all.</summary>
    public const int DefaultRuleNumber = 32767;

    /// <summary>Whether this entry applies to traffic of <paramref name="protocol"/> with the peer <paramref name="peer"/> (ports aside).</summary>
    public bool Matches(bool egress, IpProtocol protocol, Cidr peer) =>
        Egress == egress && (Protocol.IsAll || Protocol == protocol) && Cidr.Contains(peer);

    /// <summary>The ports this entry decides for that protocol: all of them when it is not port-specific.</summary>
    public PortRange PortsFor(IpProtocol protocol) => Protocol.IsAll || !protocol.HasPorts ? PortRange.All : Ports;

    /// <summary>"rule 100 (inbound allow tcp 389 from 10.0.0.0/16)"; an all-protocols entry says "all traffic", as the console does (not "-1").</summary>
    public string Describe() =>
        $"rule {(RuleNumber == DefaultRuleNumber ? "*" : RuleNumber.ToString(System.Globalization.CultureInfo.InvariantCulture))} " +
        $"({(Egress ? "outbound" : "inbound")} {(Allow ? "allow" : "deny")} {(Protocol.IsAll ? "all traffic" : $"{Protocol} {Ports}")} {(Egress ? "to" : "from")} {Cidr})";
}
