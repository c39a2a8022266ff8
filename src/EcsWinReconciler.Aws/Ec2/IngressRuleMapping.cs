using Amazon.EC2.Model;
using EcsWinReconciler.Aws.Errors;
using EcsWinReconciler.Core.Networking;
using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.Core.Ports;
using PortRange = EcsWinReconciler.Core.Networking.PortRange;

namespace EcsWinReconciler.Aws.Ec2;

/// <summary>
/// DescribeSecurityGroupRules item → <see cref="ObservedIngressRule"/>, in either direction (for an egress rule the peer is
/// the destination; <see cref="IsEgress"/> tells them apart). A rule this code cannot read (unknown protocol, no peer)
/// throws: guessing would let a check pass or fail on a made-up rule.
/// </summary>
internal static class IngressRuleMapping
{
    public static bool IsEgress(SecurityGroupRule rule) => rule.IsEgress == true;

    public static ObservedIngressRule Map(SecurityGroupRule rule)
    {
        if (!IpProtocol.TryParse(rule.IpProtocol, out var protocol))
        {
            throw Unreadable(rule, $"has an IP protocol this reconciler does not know: \"{rule.IpProtocol}\"");
        }

        var permission = new IngressPermission(protocol.Value, Ports(rule.FromPort, rule.ToPort), Source(rule));
        return new ObservedIngressRule(rule.SecurityGroupRuleId, rule.GroupId, permission, string.IsNullOrEmpty(rule.Description) ? null : rule.Description);
    }

    /// <summary>FromPort/ToPort of -1 or absent mean every port (EC2 uses -1 for "all" on -1 and icmp rules).</summary>
    public static PortRange Ports(int? from, int? to) =>
        from is null or < 0 || to is null or < 0 || from > to || to > PortRange.MaxPort
            ? PortRange.All
            : new PortRange(from.Value, to.Value);

    private static RuleSource Source(SecurityGroupRule rule)
    {
        if (!string.IsNullOrEmpty(rule.CidrIpv4) || !string.IsNullOrEmpty(rule.CidrIpv6))
        {
            var text = string.IsNullOrEmpty(rule.CidrIpv4) ? rule.CidrIpv6 : rule.CidrIpv4;
            return Cidr.TryParse(text, out var cidr, out var problem)
                ? RuleSource.FromCidr(cidr.Value)
                : throw Unreadable(rule, $"has a source CIDR \"{text}\" that {problem}");
        }

        if (!string.IsNullOrEmpty(rule.PrefixListId))
        {
            return RuleSource.FromPrefixList(rule.PrefixListId);
        }

        return rule.ReferencedGroupInfo?.GroupId is { Length: > 0 } groupId
            ? RuleSource.FromGroup(groupId)
            : throw Unreadable(rule, "has no peer (no CIDR, prefix list or referenced group)");
    }

    private static AdapterException Unreadable(SecurityGroupRule rule, string problem) =>
        new(AwsErrorFacts.Ec2.Component, "DescribeSecurityGroupRules", rule.SecurityGroupRuleId, $"rule of {rule.GroupId} {problem}");
}
