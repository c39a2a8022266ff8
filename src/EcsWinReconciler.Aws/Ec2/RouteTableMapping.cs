using EcsWinReconciler.Core.Networking;

namespace EcsWinReconciler.Aws.Ec2;

/// <summary>DescribeRouteTables table → <see cref="RouteTable"/>: IPv4 routes, their target (whichever id is set) and blackhole state.</summary>
internal static class RouteTableMapping
{
    public static RouteTable Map(Amazon.EC2.Model.RouteTable table) =>
        new(table.RouteTableId, [.. (table.Routes ?? [])
            .Where(r => Cidr.TryParse(r.DestinationCidrBlock, out _, out _))
            .Select(r => new RouteEntry(Cidr.Parse(r.DestinationCidrBlock), Target(r), string.Equals(r.State?.Value, "blackhole", StringComparison.OrdinalIgnoreCase)))]);

    private static string Target(Amazon.EC2.Model.Route route) =>
        new[] { route.GatewayId, route.TransitGatewayId, route.VpcPeeringConnectionId, route.NatGatewayId, route.NetworkInterfaceId, route.InstanceId, route.LocalGatewayId, route.CarrierGatewayId }
            .FirstOrDefault(t => !string.IsNullOrEmpty(t)) ?? "unknown";
}
