using System.Xml.Linq;
using EcsWinReconciler.Sandbox.State;
using static EcsWinReconciler.Sandbox.Wire.Ec2Xml;

namespace EcsWinReconciler.Sandbox.Ec2;

/// <summary>
/// Security groups as XML: DescribeSecurityGroups groups rules into <c>IpPermission</c>s by protocol and ports;
/// DescribeSecurityGroupRules and Authorize show one <c>SecurityGroupRule</c> per rule, with its id.
/// </summary>
internal static class SecurityGroupXml
{
    public static IEnumerable<XElement?> Group(SandboxWorld world, SecurityGroup group) =>
    [
        E("ownerId", world.AccountId),
        E("groupId", group.Id),
        E("groupName", group.Name),
        E("groupDescription", group.Description),
        E("vpcId", group.VpcId),
        Permissions(world, "ipPermissions", group.Ingress),
        Permissions(world, "ipPermissionsEgress", group.Egress),
        TagSet(group.Tags),
    ];

    /// <summary>EC2's tagSet: one item per tag, key and value (botocore TagList / Tag).</summary>
    public static XElement TagSet(IReadOnlyDictionary<string, string> tags) =>
        Set("tagSet", tags.OrderBy(t => t.Key, StringComparer.Ordinal), t => [E("key", t.Key), E("value", t.Value)]);

    public static XElement Permissions(SandboxWorld world, string name, IEnumerable<SecurityGroupRule> rules) =>
        Set(name, rules.GroupBy(r => (r.IpProtocol, r.FromPort, r.ToPort)), g => Permission(world, g.Key.IpProtocol, g.Key.FromPort, g.Key.ToPort, g.ToList()));

    public static IEnumerable<XElement?> Rule(SandboxWorld world, SecurityGroupRule rule) =>
    [
        E("securityGroupRuleId", rule.RuleId),
        E("groupId", rule.GroupId),
        E("groupOwnerId", world.AccountId),
        E("isEgress", rule.IsEgress),
        E("ipProtocol", rule.IpProtocol),
        E("fromPort", rule.FromPort),
        E("toPort", rule.ToPort),
        E("cidrIpv4", rule.CidrIpv4),
        E("cidrIpv6", rule.CidrIpv6),
        E("prefixListId", rule.PrefixListId),
        rule.ReferencedGroupId is { } g ? S("referencedGroupInfo", E("groupId", g), E("userId", world.AccountId)) : null,
        E("description", rule.Description),
        Set("tagSet", Array.Empty<string>(), _ => []),
    ];

    private static IEnumerable<XElement?> Permission(SandboxWorld world, string protocol, int from, int to, IReadOnlyList<SecurityGroupRule> rules) =>
    [
        E("ipProtocol", protocol),
        // EC2 leaves the ports out for "all protocols".
        protocol == "-1" ? null : E("fromPort", from),
        protocol == "-1" ? null : E("toPort", to),
        Set("groups", rules.Where(r => r.ReferencedGroupId is not null), r => [E("userId", world.AccountId), E("groupId", r.ReferencedGroupId), E("description", r.Description)]),
        Set("ipRanges", rules.Where(r => r.CidrIpv4 is not null), r => [E("cidrIp", r.CidrIpv4), E("description", r.Description)]),
        Set("ipv6Ranges", rules.Where(r => r.CidrIpv6 is not null), r => [E("cidrIpv6", r.CidrIpv6), E("description", r.Description)]),
        Set("prefixListIds", rules.Where(r => r.PrefixListId is not null), r => [E("prefixListId", r.PrefixListId), E("description", r.Description)]),
    ];
}
