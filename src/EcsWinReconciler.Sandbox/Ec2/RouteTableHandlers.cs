using System.Xml.Linq;
using EcsWinReconciler.Sandbox.State;
using static EcsWinReconciler.Sandbox.Wire.Ec2Xml;

namespace EcsWinReconciler.Sandbox.Ec2;

/// <summary>
/// DescribeRouteTables: by id and by the model's filters. A table matched by <c>association.subnet-id</c> comes back with
/// all its associations and routes; <c>association.main</c> matches only tables that have an association (a subnet's table
/// with none is not "main = false"), as the model documents.
/// </summary>
internal static class RouteTableHandlers
{
    private static readonly string[] Filters =
    [
        "association.route-table-association-id", "association.route-table-id", "association.subnet-id", "association.main", "owner-id",
        "route-table-id", "route.destination-cidr-block", "route.gateway-id", "route.nat-gateway-id", "route.transit-gateway-id",
        "route.vpc-peering-connection-id", "route.origin", "route.state", "vpc-id",
    ];

    public static IEnumerable<XElement?> Describe(Ec2Request request)
    {
        var ids = request.Parameters.List("RouteTableId");
        var filters = Ec2Filter.Parse(request.Parameters, Filters);
        foreach (var id in ids)
        {
            Ec2Ids.CheckShape(id, "rtb", "InvalidRouteTableID.Malformed");
        }

        request.StopIfDryRun();
        return request.State.Read(world =>
        {
            foreach (var id in ids.Where(id => !world.RouteTables.ContainsKey(id)))
            {
                throw Ec2Ids.NotFound("InvalidRouteTableID.NotFound", "route table", id);
            }

            var matching = world.RouteTables.Values
                .Where(t => ids.Count == 0 || ids.Contains(t.Id))
                .Where(t => Ec2Filter.MatchesAll(filters, f => Values(world, t, f)))
                .ToList();
            var (page, next) = Ec2Paging.Page(matching, request.Parameters, 5, 100);
            return new XElement?[] { Set("routeTableSet", page, t => Item(world, t)), E("nextToken", next) };
        });
    }

    private static IEnumerable<string?> Values(SandboxWorld world, RouteTable table, string filter) => filter switch
    {
        "association.route-table-association-id" => table.Associations.Select(a => a.AssociationId),
        "association.route-table-id" => table.Associations.Select(_ => table.Id),
        "association.subnet-id" => table.Associations.Select(a => a.SubnetId),
        "association.main" => table.Associations.Select(a => a.Main ? "true" : "false"),
        "owner-id" => [world.AccountId],
        "route-table-id" => [table.Id],
        "route.destination-cidr-block" => table.Routes.Select(r => r.DestinationCidrBlock),
        "route.origin" => table.Routes.Select(r => r.Origin),
        "route.state" => table.Routes.Select(r => r.State),
        "vpc-id" => [table.VpcId],
        _ => table.Routes.Where(r => r.TargetElement == TargetElementOf(filter)).Select(r => r.Target),
    };

    /// <summary><c>route.gateway-id</c> → <c>gatewayId</c>, and so on.</summary>
    private static string TargetElementOf(string filter) => filter switch
    {
        "route.gateway-id" => "gatewayId",
        "route.nat-gateway-id" => "natGatewayId",
        "route.transit-gateway-id" => "transitGatewayId",
        _ => "vpcPeeringConnectionId",
    };

    private static IEnumerable<XElement?> Item(SandboxWorld world, RouteTable table) =>
    [
        E("routeTableId", table.Id),
        E("vpcId", table.VpcId),
        E("ownerId", world.AccountId),
        Set("routeSet", table.Routes, r => [E("destinationCidrBlock", r.DestinationCidrBlock), E(r.TargetElement, r.Target), E("origin", r.Origin), E("state", r.State)]),
        Set("associationSet", table.Associations, a =>
        [
            E("routeTableAssociationId", a.AssociationId),
            E("routeTableId", table.Id),
            E("subnetId", a.SubnetId),
            E("main", a.Main),
            S("associationState", E("state", "associated")),
        ]),
        Set("propagatingVgwSet", Array.Empty<string>(), _ => []),
        Set("tagSet", Array.Empty<string>(), _ => []),
    ];
}
