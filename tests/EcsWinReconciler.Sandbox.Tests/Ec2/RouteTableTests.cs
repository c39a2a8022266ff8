using Amazon.EC2.Model;
using EcsWinReconciler.Sandbox.Scenarios;
using EcsWinReconciler.Sandbox.Tests.Support;
using Route = EcsWinReconciler.Sandbox.State.Route;

namespace EcsWinReconciler.Sandbox.Tests.Ec2;

public class RouteTableTests
{
    [Fact]
    public async Task DescribeRouteTables_HealthySubnet_NoExplicitAssociation_TheMainTableHasTheLocalRoute()
    {
        await using var host = await TestSandbox.StartAsync();
        using var ec2 = Ec2Clients.For(host);

        var explicitTables = (await ec2.DescribeRouteTablesAsync(new DescribeRouteTablesRequest { Filters = [new("association.subnet-id", [ScenarioIds.SubnetA])] })).RouteTables;
        var main = Assert.Single((await ec2.DescribeRouteTablesAsync(new DescribeRouteTablesRequest
        {
            Filters = [new("vpc-id", [ScenarioIds.VpcId]), new("association.main", ["true"])],
        })).RouteTables);

        Assert.Empty(explicitTables ?? []);
        Assert.True(Assert.Single(main.Associations).Main);
        var local = Assert.Single(main.Routes);
        Assert.Equal(("10.0.0.0/16", "local", "active", "CreateRouteTable"), (local.DestinationCidrBlock, local.GatewayId, local.State.Value, local.Origin.Value));
    }

    [Fact]
    public async Task DescribeRouteTables_ExplicitTable_TargetsInTheirOwnElementsAndABlackhole()
    {
        await using var host = await TestSandbox.StartAsync();
        using var ec2 = Ec2Clients.For(host);
        host.Admin.Edit(w =>
        {
            PathEdits.AddRouteTable(w, "rtb-0aaaabbbbccccdddd", ScenarioIds.VpcId, ScenarioIds.SubnetB);
            PathEdits.SetRoute(w, "rtb-0aaaabbbbccccdddd", new Route("10.20.0.0/16", "tgw-0123456789abcdef0"));
            PathEdits.SetRoute(w, "rtb-0aaaabbbbccccdddd", new Route("10.30.0.0/16", "pcx-0123456789abcdef0", Route.Blackhole));
            PathEdits.SetRoute(w, "rtb-0aaaabbbbccccdddd", new Route("0.0.0.0/0", "igw-0123456789abcdef0"));
        });

        var table = Assert.Single((await ec2.DescribeRouteTablesAsync(new DescribeRouteTablesRequest { Filters = [new("association.subnet-id", [ScenarioIds.SubnetB])] })).RouteTables);

        Assert.Equal(ScenarioIds.SubnetB, Assert.Single(table.Associations).SubnetId);
        Assert.Equal("tgw-0123456789abcdef0", table.Routes.Single(r => r.DestinationCidrBlock == "10.20.0.0/16").TransitGatewayId);
        var peering = table.Routes.Single(r => r.DestinationCidrBlock == "10.30.0.0/16");
        Assert.Equal(("pcx-0123456789abcdef0", "blackhole"), (peering.VpcPeeringConnectionId, peering.State.Value));
        Assert.Equal("igw-0123456789abcdef0", table.Routes.Single(r => r.DestinationCidrBlock == "0.0.0.0/0").GatewayId);
    }
}
