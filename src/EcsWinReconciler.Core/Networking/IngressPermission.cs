namespace EcsWinReconciler.Core.Networking;

/// <summary>
/// One normalised ingress permission: protocol, ports and source. Rules on protocols without ports
/// (icmp, -1, …) always carry <see cref="PortRange.All"/>, so containment maths never special-cases them.
/// </summary>
public sealed record IngressPermission
{
    public IngressPermission(IpProtocol protocol, PortRange ports, RuleSource source)
    {
        Protocol = protocol;
        Ports = protocol.HasPorts ? ports : PortRange.All;
        Source = source;
    }

    public IpProtocol Protocol { get; }

    public PortRange Ports { get; }

    public RuleSource Source { get; }

    /// <summary>
    /// True when a rule with this permission opens (part of) what <paramref name="forbidden"/> forbids:
    /// protocols overlap, ports overlap, and the rule's source contains the forbidden source.
    /// 10.0.0.0/8 does not grant what "from 0.0.0.0/0" forbids; 0.0.0.0/0 grants what "from 10.0.0.0/8" forbids.
    /// </summary>
    public bool Grants(IngressPermission forbidden) =>
        Protocol.Overlaps(forbidden.Protocol) &&
        Ports.Overlaps(forbidden.Ports) &&
        Source.Covers(forbidden.Source);

    /// <summary>True when this permission admits all the traffic that <paramref name="required"/> asks for.</summary>
    public bool Satisfies(IngressPermission required) =>
        Protocol.Covers(required.Protocol) &&
        Ports.Contains(required.Ports) &&
        Source.Covers(required.Source);

    public override string ToString() =>
        Protocol.IsAll ? $"all traffic from {Source}"
        : Protocol.HasPorts ? $"{Protocol} {Ports} from {Source}"
        : $"{Protocol} from {Source}";
}
