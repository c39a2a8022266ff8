using System.Globalization;
using System.Xml.Linq;
using EcsWinReconciler.Sandbox.State;
using static EcsWinReconciler.Sandbox.Wire.Ec2Xml;

namespace EcsWinReconciler.Sandbox.Ec2;

/// <summary>
/// DescribeNetworkAcls: by id and by the model's filters on the ACL, its associations and its entries. An ACL matched by
/// <c>association.subnet-id</c> comes back whole, with every association and entry, as EC2 answers.
/// </summary>
internal static class NetworkAclHandlers
{
    private static readonly string[] Filters =
    [
        "association.association-id", "association.network-acl-id", "association.subnet-id", "default", "network-acl-id", "owner-id", "vpc-id",
        "entry.cidr", "entry.egress", "entry.port-range.from", "entry.port-range.to", "entry.protocol", "entry.rule-action", "entry.rule-number",
    ];

    public static IEnumerable<XElement?> Describe(Ec2Request request)
    {
        var ids = request.Parameters.List("NetworkAclId");
        var filters = Ec2Filter.Parse(request.Parameters, Filters);
        foreach (var id in ids)
        {
            Ec2Ids.CheckShape(id, "acl", "InvalidNetworkAclID.Malformed");
        }

        request.StopIfDryRun();
        return request.State.Read(world =>
        {
            foreach (var id in ids.Where(id => !world.NetworkAcls.ContainsKey(id)))
            {
                throw Ec2Ids.NotFound("InvalidNetworkAclID.NotFound", "network ACL", id);
            }

            var matching = world.NetworkAcls.Values
                .Where(a => ids.Count == 0 || ids.Contains(a.Id))
                .Where(a => Ec2Filter.MatchesAll(filters, f => Values(world, a, f)))
                .ToList();
            var (page, next) = Ec2Paging.Page(matching, request.Parameters);
            return new XElement?[] { Set("networkAclSet", page, a => Item(world, a)), E("nextToken", next) };
        });
    }

    private static IEnumerable<string?> Values(SandboxWorld world, NetworkAcl acl, string filter) => filter switch
    {
        "association.association-id" => acl.Associations.Select(a => a.AssociationId),
        "association.network-acl-id" => acl.Associations.Select(_ => acl.Id),
        "association.subnet-id" => acl.Associations.Select(a => a.SubnetId),
        "default" => [acl.IsDefault ? "true" : "false"],
        "network-acl-id" => [acl.Id],
        "owner-id" => [world.AccountId],
        "vpc-id" => [acl.VpcId],
        "entry.cidr" => acl.Entries.Select(e => e.CidrBlock),
        "entry.egress" => acl.Entries.Select(e => e.Egress ? "true" : "false"),
        "entry.port-range.from" => acl.Entries.Select(e => e.FromPort?.ToString(CultureInfo.InvariantCulture)),
        "entry.port-range.to" => acl.Entries.Select(e => e.ToPort?.ToString(CultureInfo.InvariantCulture)),
        "entry.protocol" => acl.Entries.Select(e => e.Protocol),
        "entry.rule-action" => acl.Entries.Select(e => e.RuleAction),
        _ => acl.Entries.Select(e => e.RuleNumber.ToString(CultureInfo.InvariantCulture)),
    };

    private static IEnumerable<XElement?> Item(SandboxWorld world, NetworkAcl acl) =>
    [
        E("networkAclId", acl.Id),
        E("vpcId", acl.VpcId),
        E("default", acl.IsDefault),
        Set("entrySet", acl.Ordered, Entry),
        Set("associationSet", acl.Associations, a => [E("networkAclAssociationId", a.AssociationId), E("networkAclId", acl.Id), E("subnetId", a.SubnetId)]),
        Set("tagSet", Array.Empty<string>(), _ => []),
        E("ownerId", world.AccountId),
    ];

    private static IEnumerable<XElement?> Entry(NetworkAclEntry entry) =>
    [
        E("ruleNumber", entry.RuleNumber),
        E("protocol", entry.Protocol),
        E("ruleAction", entry.RuleAction),
        E("egress", entry.Egress),
        E("cidrBlock", entry.CidrBlock),
        entry.FromPort is { } from ? S("portRange", E("from", from), E("to", entry.ToPort ?? from)) : null,
    ];
}
