using EcsWinReconciler.Core.Networking;

namespace EcsWinReconciler.Aws.Ec2;

/// <summary>
/// DescribeNetworkAcls entry → <see cref="NaclEntry"/>. IPv6 entries are left out (Windows awsvpc tasks have no IPv6, docs/FACTS.md §6.1);
/// an entry this code cannot read (unknown protocol, no CIDR) throws: guessing would let a path pass or fail on a made-up rule.
/// </summary>
internal static class NaclEntryMapping
{
    public static NaclEntry? Map(Amazon.EC2.Model.NetworkAclEntry entry)
    {
        if (string.IsNullOrEmpty(entry.CidrBlock))
        {
            return string.IsNullOrEmpty(entry.Ipv6CidrBlock)
                ? throw new InvalidOperationException($"network ACL entry {entry.RuleNumber} has no CIDR block")
                : null;
        }

        if (!IpProtocol.TryParse(entry.Protocol, out var protocol))
        {
            throw new InvalidOperationException($"network ACL entry {entry.RuleNumber} has an IP protocol this reconciler does not know: \"{entry.Protocol}\"");
        }

        var ports = IngressRuleMapping.Ports(entry.PortRange?.From, entry.PortRange?.To);
        var allow = string.Equals(entry.RuleAction?.Value, "allow", StringComparison.OrdinalIgnoreCase);
        return new NaclEntry(entry.RuleNumber ?? NaclEntry.DefaultRuleNumber, entry.Egress == true, protocol.Value, ports, Cidr.Parse(entry.CidrBlock), allow);
    }
}
