using EcsWinReconciler.Sandbox.State;

namespace EcsWinReconciler.Sandbox.Scenarios;

/// <summary>
/// What people change on the way out of a subnet, as the console or the CLI would leave it: network ACL entries and
/// associations, routes, security-group egress rules, and addresses taken by things the sandbox does not model.
/// Unknown ids throw <see cref="KeyNotFoundException"/>.
/// </summary>
public static class PathEdits
{
    /// <summary>A new, empty ACL in the VPC (only the two catch-all denies, as CreateNetworkAcl leaves it).</summary>
    public static NetworkAcl AddAcl(SandboxWorld world, string aclId, string vpcId)
    {
        ArgumentNullException.ThrowIfNull(world);
        var acl = new NetworkAcl { Id = aclId, VpcId = vpcId, Entries = [NetworkAclEntry.CatchAll(false), NetworkAclEntry.CatchAll(true)] };
        world.NetworkAcls.Add(acl.Id, acl);
        return acl;
    }

    /// <summary>Creates or replaces the entry with the same number and direction (ReplaceNetworkAclEntry / CreateNetworkAclEntry).</summary>
    public static void SetAclEntry(SandboxWorld world, string aclId, NetworkAclEntry entry)
    {
        ArgumentNullException.ThrowIfNull(world);
        ArgumentNullException.ThrowIfNull(entry);
        var acl = Acl(world, aclId);
        acl.Entries.RemoveAll(e => e.RuleNumber == entry.RuleNumber && e.Egress == entry.Egress);
        acl.Entries.Add(entry);
    }

    /// <summary>DeleteNetworkAclEntry; the catch-all entry cannot be deleted.</summary>
    public static bool RemoveAclEntry(SandboxWorld world, string aclId, int ruleNumber, bool egress)
    {
        ArgumentNullException.ThrowIfNull(world);
        ArgumentOutOfRangeException.ThrowIfEqual(ruleNumber, NetworkAcl.CatchAllRuleNumber);
        return Acl(world, aclId).Entries.RemoveAll(e => e.RuleNumber == ruleNumber && e.Egress == egress) > 0;
    }

    /// <summary>ReplaceNetworkAclAssociation: the subnet leaves its ACL for this one, under a new association id.</summary>
    public static void AssociateAcl(SandboxWorld world, string aclId, string subnetId)
    {
        ArgumentNullException.ThrowIfNull(world);
        var target = Acl(world, aclId);
        var current = world.NetworkAcls.Values.Single(a => a.Associations.Any(x => x.SubnetId == subnetId));
        var generation = world.NetworkAcls.Values.Sum(a => a.Associations.Count) + 1;
        current.Associations.RemoveAll(x => x.SubnetId == subnetId);
        target.Associations.Add(new NetworkAclAssociation(VpcEdits.AclAssociationId(subnetId, generation), subnetId));
    }

    /// <summary>A new route table in the VPC with its local route; <paramref name="subnetIds"/> are associated with it explicitly.</summary>
    public static RouteTable AddRouteTable(SandboxWorld world, string routeTableId, string vpcId, params string[] subnetIds)
    {
        ArgumentNullException.ThrowIfNull(world);
        var table = new RouteTable { Id = routeTableId, VpcId = vpcId, Routes = [Route.LocalRoute(world.Vpcs[vpcId].CidrBlock)] };
        table.Associations.AddRange(subnetIds.Select(s => new RouteTableAssociation("rtbassoc-" + VpcEdits.Tail(s), s)));
        world.RouteTables.Add(table.Id, table);
        return table;
    }

    /// <summary>CreateRoute, or ReplaceRoute when the destination is already routed.</summary>
    public static void SetRoute(SandboxWorld world, string routeTableId, Route route)
    {
        ArgumentNullException.ThrowIfNull(world);
        ArgumentNullException.ThrowIfNull(route);
        var table = world.RouteTables[routeTableId];
        table.Routes.RemoveAll(r => r.DestinationCidrBlock == route.DestinationCidrBlock);
        table.Routes.Add(route);
    }

    public static bool RemoveRoute(SandboxWorld world, string routeTableId, string destinationCidr)
    {
        ArgumentNullException.ThrowIfNull(world);
        return world.RouteTables[routeTableId].Routes.RemoveAll(r => r.DestinationCidrBlock == destinationCidr && r.Target != Route.Local) > 0;
    }

    /// <summary>Adds an egress rule (tcp unless told) to a CIDR.</summary>
    public static SecurityGroupRule AddEgress(SandboxWorld world, string groupId, int fromPort, int toPort, string cidr, string protocol = "tcp", string? description = null)
    {
        ArgumentNullException.ThrowIfNull(world);
        var rule = new SecurityGroupRule(world.Ids.Resource("sgr"), groupId, true, protocol, fromPort, toPort, CidrIpv4: cidr, Description: description);
        world.SecurityGroups[groupId].Rules.Add(rule);
        return rule;
    }

    /// <summary>RevokeSecurityGroupEgress of every egress rule of the group (e.g. the default allow-all before writing narrow ones).</summary>
    public static int RevokeAllEgress(SandboxWorld world, string groupId)
    {
        ArgumentNullException.ThrowIfNull(world);
        return world.SecurityGroups[groupId].Rules.RemoveAll(r => r.IsEgress);
    }

    /// <summary>Makes the subnet report <paramref name="free"/> available addresses now, by holding the rest (its ENIs still count as they come and go).</summary>
    public static void SetFreeAddresses(SandboxWorld world, string subnetId, int free)
    {
        ArgumentNullException.ThrowIfNull(world);
        ArgumentOutOfRangeException.ThrowIfNegative(free);
        var subnet = world.Subnets[subnetId];
        var enis = world.NetworkInterfaces.Values.Count(e => e.SubnetId == subnetId);
        subnet.HeldAddresses = Math.Max(0, subnet.UsableAddresses - enis - free);
    }

    private static NetworkAcl Acl(SandboxWorld world, string aclId) =>
        world.NetworkAcls.GetValueOrDefault(aclId) ?? throw new KeyNotFoundException($"no network ACL '{aclId}'");
}
