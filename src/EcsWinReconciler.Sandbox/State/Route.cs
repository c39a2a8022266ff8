namespace EcsWinReconciler.Sandbox.State;

/// <summary>
/// A route: an IPv4 destination and one target — <c>local</c>, an internet or virtual private gateway (<c>igw-</c>,
/// <c>vgw-</c>), a transit gateway (<c>tgw-</c>), a peering connection (<c>pcx-</c>), a NAT gateway (<c>nat-</c>), an ENI
/// or an instance. <see cref="State"/> is <c>active</c>, or <c>blackhole</c> once the target is gone.
/// </summary>
public sealed record Route(string DestinationCidrBlock, string Target, string State = Route.Active, string Origin = Route.CreatedByUser)
{
    public const string Active = "active";
    public const string Blackhole = "blackhole";
    public const string Local = "local";
    public const string CreatedWithTable = "CreateRouteTable";
    public const string CreatedByUser = "CreateRoute";

    /// <summary>The route every table of a VPC starts with: the VPC's CIDR, delivered locally.</summary>
    public static Route LocalRoute(string vpcCidr) => new(vpcCidr, Local, Active, CreatedWithTable);

    /// <summary>The DescribeRouteTables element the target goes in (gatewayId also carries <c>local</c>).</summary>
    public string TargetElement => Target switch
    {
        _ when Target == Local || Target.StartsWith("igw-", StringComparison.Ordinal) || Target.StartsWith("vgw-", StringComparison.Ordinal) => "gatewayId",
        _ when Target.StartsWith("tgw-", StringComparison.Ordinal) => "transitGatewayId",
        _ when Target.StartsWith("pcx-", StringComparison.Ordinal) => "vpcPeeringConnectionId",
        _ when Target.StartsWith("nat-", StringComparison.Ordinal) => "natGatewayId",
        _ when Target.StartsWith("eni-", StringComparison.Ordinal) => "networkInterfaceId",
        _ when Target.StartsWith("i-", StringComparison.Ordinal) => "instanceId",
        _ => throw new InvalidOperationException($"route target '{Target}' is not one the sandbox models"),
    };
}
