using EcsWinReconciler.Sandbox.State;

namespace EcsWinReconciler.Sandbox.Scenarios;

/// <summary>
/// VPCs and subnets as EC2 creates them: a new VPC comes with its default network ACL (allow all, both ways) and its main
/// route table (the <c>local</c> route); a new subnet is associated with the default ACL and, with no explicit association,
/// uses the main table. The ids of what comes along are derived from the VPC's or subnet's own, so adding a subnet draws
/// nothing from the id source and shifts no id a scenario invents after it.
/// </summary>
public static class VpcEdits
{
    public static Vpc AddVpc(SandboxWorld world, Vpc vpc)
    {
        ArgumentNullException.ThrowIfNull(world);
        ArgumentNullException.ThrowIfNull(vpc);
        world.Vpcs.Add(vpc.Id, vpc);
        var acl = new NetworkAcl { Id = DefaultAclId(vpc.Id), VpcId = vpc.Id, IsDefault = true };
        acl.Entries.AddRange(NetworkAclEntry.AllowAll(egress: false));
        acl.Entries.AddRange(NetworkAclEntry.AllowAll(egress: true));
        world.NetworkAcls.Add(acl.Id, acl);
        var main = new RouteTable { Id = MainRouteTableId(vpc.Id), VpcId = vpc.Id, Routes = [Route.LocalRoute(vpc.CidrBlock)] };
        main.Associations.Add(new RouteTableAssociation("rtbassoc-" + Tail(main.Id), null, Main: true));
        world.RouteTables.Add(main.Id, main);
        return vpc;
    }

    /// <summary>Adds the subnet, associated with its VPC's default ACL (the VPC must have been added with <see cref="AddVpc"/>).</summary>
    public static Subnet AddSubnet(SandboxWorld world, Subnet subnet)
    {
        ArgumentNullException.ThrowIfNull(world);
        ArgumentNullException.ThrowIfNull(subnet);
        world.Subnets.Add(subnet.Id, subnet);
        world.NetworkAcls[DefaultAclId(subnet.VpcId)].Associations.Add(new NetworkAclAssociation(AclAssociationId(subnet.Id, 0), subnet.Id));
        return subnet;
    }

    /// <summary>The VPC's default ACL: <c>acl-</c> and the VPC id's digits.</summary>
    public static string DefaultAclId(string vpcId) => "acl-" + Tail(vpcId);

    /// <summary>The VPC's main route table: <c>rtb-</c> and the VPC id's digits.</summary>
    public static string MainRouteTableId(string vpcId) => "rtb-" + Tail(vpcId);

    /// <summary>A subnet's ACL association id; each replacement gets a new one (EC2 issues a new id per association).</summary>
    public static string AclAssociationId(string subnetId, int generation) =>
        "aclassoc-" + (generation == 0 ? Tail(subnetId) : $"{Tail(subnetId)[..^2]}{generation % 256:x2}");

    public static string Tail(string id) => id[(id.IndexOf('-', StringComparison.Ordinal) + 1)..];
}
