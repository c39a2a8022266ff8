using System.Xml.Linq;
using EcsWinReconciler.Core.Networking;
using EcsWinReconciler.TestSupport.Reference;
using Microsoft.Extensions.Time.Testing;
using static EcsWinReconciler.Aws.Tests.Ec2.SubnetXml;

namespace EcsWinReconciler.Aws.Tests.Ec2;

/// <summary>The subnet reads (issue 12): what is asked, how answers map, that they are kept a minute, and that the model defines every parameter and element.</summary>
public class Ec2NetworkObserverSubnetTests
{
    [Fact]
    public async Task DescribeSubnetsAsync_NoExplicitTable_AclByAssociationThenTheMainTableAndTheVpcBlock()
    {
        await using var stub = Scripted();

        var subnet = Assert.Single(await Ec2NetworkObserverEniTests.Observer(stub).DescribeSubnetsAsync([SubnetId], CancellationToken.None));

        Assert.Equal((SubnetId, VpcId, 7), (subnet.SubnetId, subnet.VpcId, subnet.AvailableIpAddressCount));
        Assert.Equal(Cidr.Parse("10.0.0.0/16"), subnet.VpcBlock);
        Assert.Equal(AclId, subnet.Acl!.Id);
        Assert.Equal(3, subnet.Acl.Entries.Count());
        Assert.Equal(MainTableId, subnet.Routes!.Id);
        Assert.True(subnet.Routes.RouteTo(Cidr.Parse("10.30.0.5/32"))!.Blackhole);
        Assert.Equal("tgw-0a1b2c3d", subnet.Routes.RouteTo(Cidr.Parse("10.20.1.1/32"))!.Target);
        Assert.Equal(["association.subnet-id"], Filters(stub, "DescribeNetworkAcls"));
        Assert.Equal([["association.subnet-id"], ["vpc-id", "association.main"]], stub.Calls("DescribeRouteTables").Select(FilterNames));
    }

    [Fact]
    public async Task DescribeSubnetsAsync_Warm_KeptAMinuteAndDroppedByAnAclEvent()
    {
        await using var stub = Scripted();
        var time = new FakeTimeProvider();
        var observer = Ec2NetworkObserverEniTests.Observer(stub, time);
        await observer.DescribeSubnetsAsync([SubnetId], CancellationToken.None);
        var cold = stub.Requests.Count;

        await observer.DescribeSubnetsAsync([SubnetId], CancellationToken.None);
        var warm = stub.Requests.Count - cold;
        observer.Cache.Forget([AclId]);
        await observer.DescribeSubnetsAsync([SubnetId], CancellationToken.None);
        var afterEvent = stub.Requests.Count - cold;
        time.Advance(TimeSpan.FromMinutes(1));
        await observer.DescribeSubnetsAsync([SubnetId], CancellationToken.None);

        Assert.Equal(5, cold);
        Assert.Equal(0, warm);
        Assert.Equal(5, afterEvent);
        Assert.Equal(15, stub.Requests.Count);
    }

    [Fact]
    public async Task DescribeSubnetsAsync_UnknownSubnet_NothingAndRemembered()
    {
        await using var stub = Ec2Stub.Start().On("DescribeSubnets", "<subnetSet/>");
        var observer = Ec2NetworkObserverEniTests.Observer(stub);

        Assert.Empty(await observer.DescribeSubnetsAsync(["subnet-0gone000"], CancellationToken.None));
        Assert.Empty(await observer.DescribeSubnetsAsync(["subnet-0gone000"], CancellationToken.None));
        Assert.Equal(["DescribeSubnets"], stub.Actions);
    }

    [BotocoreFact]
    public async Task SubnetReads_EveryParameterAndFilter_IsDefinedByTheModel()
    {
        await using var stub = Scripted();
        await Ec2NetworkObserverEniTests.Observer(stub).DescribeSubnetsAsync([SubnetId], CancellationToken.None);

        foreach (var fields in stub.Requests.Select(r => r.FormFields()))
        {
            var action = fields["Action"];
            Assert.Empty(Ec2Model.UnknownQueryKeys(action, fields.Keys));
            foreach (var filter in fields.Where(kv => kv.Key.StartsWith("Filter.", StringComparison.Ordinal) && kv.Key.EndsWith(".Name", StringComparison.Ordinal)))
            {
                Assert.Contains($"<code>{filter.Value}</code>", Ec2Model.FilterDocumentation(action), StringComparison.Ordinal);
            }
        }
    }

    [BotocoreTheory]
    [InlineData("DescribeSubnets")]
    [InlineData("DescribeNetworkAcls")]
    [InlineData("DescribeRouteTables")]
    [InlineData("DescribeVpcs")]
    public void Fixtures_EveryResponseElement_IsDefinedByTheModel(string operation)
    {
        var body = operation switch { "DescribeSubnets" => Subnets(7), "DescribeNetworkAcls" => LinuxAcl, "DescribeRouteTables" => MainTable, _ => Vpc };

        Assert.Empty(Ec2Model.UnknownElements(operation, XElement.Parse(Ec2Wire.Ok(operation, body).Body)));
    }

    [BotocoreTheory]
    [InlineData("DescribeSubnets", "subnetSet/item/availableIpAddressCount")]
    [InlineData("DescribeSubnets", "subnetSet/item/cidrBlock")]
    [InlineData("DescribeNetworkAcls", "networkAclSet/item/entrySet/item/portRange/from")]
    [InlineData("DescribeNetworkAcls", "networkAclSet/item/entrySet/item/ruleAction")]
    [InlineData("DescribeNetworkAcls", "networkAclSet/item/entrySet/item/egress")]
    [InlineData("DescribeNetworkAcls", "networkAclSet/item/associationSet/item/subnetId")]
    [InlineData("DescribeRouteTables", "routeTableSet/item/routeSet/item/transitGatewayId")]
    [InlineData("DescribeRouteTables", "routeTableSet/item/routeSet/item/state")]
    [InlineData("DescribeRouteTables", "routeTableSet/item/associationSet/item/main")]
    [InlineData("DescribeVpcs", "vpcSet/item/cidrBlock")]
    public void Adapter_EveryElementRead_IsDefinedByTheModel(string operation, string path) =>
        Assert.True(Ec2Model.HasResponsePath(operation, path), $"{operation}: {path}");

    private static Ec2Stub Scripted() => Ec2Stub.Start()
        .On("DescribeSubnets", Subnets(7))
        .On("DescribeNetworkAcls", LinuxAcl)
        .On("DescribeRouteTables", f => Ec2Wire.Ok("DescribeRouteTables", f.Filter("association.main") is null ? NoTables : MainTable))
        .On("DescribeVpcs", Vpc);

    private static IReadOnlyList<string> Filters(Ec2Stub stub, string action) => FilterNames(Assert.Single(stub.Calls(action)));

    private static IReadOnlyList<string> FilterNames(IReadOnlyDictionary<string, string> fields) =>
        [.. fields.Where(kv => kv.Key.StartsWith("Filter.", StringComparison.Ordinal) && kv.Key.EndsWith(".Name", StringComparison.Ordinal)).OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Value)];
}
