using EcsWinReconciler.Core.Networking;
using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.Core.Ports;
using Microsoft.Extensions.Time.Testing;

namespace EcsWinReconciler.Aws.Tests.Ec2;

public class Ec2NetworkObserverSecurityGroupTests
{
    private const string Web = "sg-0web0000";
    private const string Alb = "sg-0a1b0000";

    [Fact]
    public async Task DescribeSecurityGroupsAsync_Groups_FiltersBothCallsByGroupIdWithPaging()
    {
        await using var stub = Scripted(Ec2Xml.Rules());

        await Ec2NetworkObserverEniTests.Observer(stub).DescribeSecurityGroupsAsync([Web, Alb], CancellationToken.None);

        Assert.Equal(["DescribeSecurityGroups", "DescribeSecurityGroupRules"], stub.Actions);
        foreach (var call in stub.Requests.Select(r => r.FormFields()))
        {
            Assert.Equal("2016-11-15", call["Version"]);
            Assert.Equal("group-id", call["Filter.1.Name"]);
            Assert.Equal([Web, Alb], call.Filter("group-id"));
            Assert.Equal("1000", call["MaxResults"]);
            Assert.DoesNotContain("GroupId.1", call.Keys);
        }
    }

    [Fact]
    public async Task DescribeSecurityGroupsAsync_EveryKindOfRule_NormalisesProtocolPortsAndSource()
    {
        await using var stub = Scripted(Ec2Xml.Rules(
            Ec2Xml.Rule("sgr-01", Web, "tcp", 80, 80, "<cidrIpv4>0.0.0.0/0</cidrIpv4>", description: "http"),
            Ec2Xml.Rule("sgr-02", Web, "tcp", 3389, 3389, "<cidrIpv6>::/0</cidrIpv6>"),
            Ec2Xml.Rule("sgr-03", Web, "-1", -1, -1, "<referencedGroupInfo><groupId>sg-0a1b0000</groupId><userId>123456789012</userId></referencedGroupInfo>"),
            Ec2Xml.Rule("sgr-04", Web, "udp", 5985, 5986, "<prefixListId>pl-63a5400a</prefixListId>"),
            Ec2Xml.Rule("sgr-05", Web, "icmp", 8, -1, "<cidrIpv4>10.0.0.0/8</cidrIpv4>"),
            Ec2Xml.Rule("sgr-06", Web, "6", null, null, "<cidrIpv4>10.1.0.0/16</cidrIpv4>"),
            Ec2Xml.Rule("sgr-07", Web, "-1", null, null, "<cidrIpv4>0.0.0.0/0</cidrIpv4>", egress: true)));

        var group = Assert.Single(await Ec2NetworkObserverEniTests.Observer(stub).DescribeSecurityGroupsAsync([Web], CancellationToken.None));

        Assert.Equal((Web, "web", "vpc-0a1b2c3d"), (group.Id, group.Name, group.VpcId));
        Assert.Equal(
            [
                Rule("sgr-01", IpProtocol.Tcp, PortRange.Single(80), RuleSource.FromCidr(Cidr.AnyIPv4), "http"),
                Rule("sgr-02", IpProtocol.Tcp, PortRange.Single(3389), RuleSource.FromCidr(Cidr.AnyIPv6)),
                Rule("sgr-03", IpProtocol.All, PortRange.All, RuleSource.FromGroup(Alb)),
                Rule("sgr-04", IpProtocol.Udp, new PortRange(5985, 5986), RuleSource.FromPrefixList("pl-63a5400a")),
                Rule("sgr-05", IpProtocol.Icmp, PortRange.All, RuleSource.FromCidr(Cidr.Parse("10.0.0.0/8"))),
                Rule("sgr-06", IpProtocol.Tcp, PortRange.All, RuleSource.FromCidr(Cidr.Parse("10.1.0.0/16"))),
            ],
            group.Ingress);
        Assert.Equal([Rule("sgr-07", IpProtocol.All, PortRange.All, RuleSource.FromCidr(Cidr.AnyIPv4))], group.Egress!.Value);
    }

    [Fact]
    public async Task DescribeSecurityGroupsAsync_EgressRules_ObservedApartFromIngressWithTheDestinationAsPeer()
    {
        await using var stub = Scripted(Ec2Xml.Rules(
            Ec2Xml.Rule("sgr-01", Web, "tcp", 80, 80, "<cidrIpv4>0.0.0.0/0</cidrIpv4>"),
            Ec2Xml.Rule("sgr-08", Web, "udp", 53, 53, "<cidrIpv4>10.0.0.10/32</cidrIpv4>", egress: true, description: "DNS"),
            Ec2Xml.Rule("sgr-09", Web, "tcp", 443, 443, "<prefixListId>pl-63a5400a</prefixListId>", egress: true)));

        var group = Assert.Single(await Ec2NetworkObserverEniTests.Observer(stub).DescribeSecurityGroupsAsync([Web], CancellationToken.None));

        Assert.Equal(["sgr-01"], group.Ingress.Select(r => r.RuleId));
        Assert.Equal(
            [
                Rule("sgr-08", IpProtocol.Udp, PortRange.Single(53), RuleSource.FromCidr(Cidr.Parse("10.0.0.10/32")), "DNS"),
                Rule("sgr-09", IpProtocol.Tcp, PortRange.Single(443), RuleSource.FromPrefixList("pl-63a5400a")),
            ],
            group.Egress!.Value);
    }

    [Fact]
    public async Task DescribeSecurityGroupsAsync_OneGroupMissing_ReturnsOnlyTheExistingOne()
    {
        await using var stub = Ec2Stub.Start()
            .On("DescribeSecurityGroups", Ec2Xml.Groups(Ec2Xml.Group(Web, "web", "vpc-0a1b2c3d")))
            .On("DescribeSecurityGroupRules", Ec2Xml.Rules(Ec2Xml.Rule("sgr-01", Web, "tcp", 80, 80, "<cidrIpv4>0.0.0.0/0</cidrIpv4>")));

        var groups = await Ec2NetworkObserverEniTests.Observer(stub).DescribeSecurityGroupsAsync([Web, "sg-0dead000"], CancellationToken.None);

        Assert.Equal([Web], groups.Select(g => g.Id));
        Assert.Equal([Web], stub.Calls("DescribeSecurityGroupRules")[0].Filter("group-id"));
    }

    [Fact]
    public async Task DescribeSecurityGroupsAsync_NoGroupExists_SkipsTheRulesCall()
    {
        await using var stub = Ec2Stub.Start().On("DescribeSecurityGroups", Ec2Xml.Groups());

        var groups = await Ec2NetworkObserverEniTests.Observer(stub).DescribeSecurityGroupsAsync(["sg-0dead000"], CancellationToken.None);

        Assert.Empty(groups);
        Assert.Equal(["DescribeSecurityGroups"], stub.Actions);
    }

    [Fact]
    public async Task DescribeSecurityGroupsAsync_RulesOnTwoPages_FollowsNextToken()
    {
        await using var stub = Ec2Stub.Start()
            .On("DescribeSecurityGroups", Ec2Xml.Groups(Ec2Xml.Group(Web, "web", "vpc-0a1b2c3d")))
            .On("DescribeSecurityGroupRules", fields => Ec2Wire.Ok("DescribeSecurityGroupRules", fields.GetValueOrDefault("NextToken") switch
            {
                null => Ec2Xml.Page(Ec2Xml.Rules(Ec2Xml.Rule("sgr-01", Web, "tcp", 80, 80, "<cidrIpv4>0.0.0.0/0</cidrIpv4>")), "page-2"),
                "page-2" => Ec2Xml.Rules(Ec2Xml.Rule("sgr-02", Web, "tcp", 443, 443, "<cidrIpv4>0.0.0.0/0</cidrIpv4>")),
                var other => throw new InvalidOperationException(other),
            }));

        var group = Assert.Single(await Ec2NetworkObserverEniTests.Observer(stub).DescribeSecurityGroupsAsync([Web], CancellationToken.None));

        Assert.Equal(["sgr-01", "sgr-02"], group.Ingress.Select(r => r.RuleId));
        Assert.Equal("page-2", stub.Calls("DescribeSecurityGroupRules")[1]["NextToken"]);
    }

    [Fact]
    public async Task DescribeSecurityGroupsAsync_RuleWithoutSource_ThrowsInsteadOfGuessing()
    {
        await using var stub = Scripted(Ec2Xml.Rules(Ec2Xml.Rule("sgr-01", Web, "tcp", 80, 80, string.Empty)));

        var error = await Assert.ThrowsAsync<AdapterException>(() =>
            Ec2NetworkObserverEniTests.Observer(stub).DescribeSecurityGroupsAsync([Web], CancellationToken.None));

        Assert.Equal(("ec2", "sgr-01"), (error.Component, error.ResourceId));
    }

    [Fact]
    public async Task DescribeSecurityGroupsAsync_SecondCallWithinTtl_IsServedFromCache()
    {
        var time = new FakeTimeProvider();
        await using var stub = Scripted(Ec2Xml.Rules());
        var observer = Ec2NetworkObserverEniTests.Observer(stub, time);

        await observer.DescribeSecurityGroupsAsync([Web], CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(14));
        await observer.DescribeSecurityGroupsAsync([Web], CancellationToken.None);
        Assert.Equal(2, stub.Requests.Count);

        time.Advance(TimeSpan.FromSeconds(1));
        await observer.DescribeSecurityGroupsAsync([Web], CancellationToken.None);
        Assert.Equal(4, stub.Requests.Count);
    }

    [Fact]
    public async Task DescribeSecurityGroupsAsync_PartlyCached_AsksOnlyForTheMissingGroups()
    {
        await using var stub = Scripted(Ec2Xml.Rules());
        var observer = Ec2NetworkObserverEniTests.Observer(stub);

        await observer.DescribeSecurityGroupsAsync([Web], CancellationToken.None);
        await observer.DescribeSecurityGroupsAsync([Web, Alb], CancellationToken.None);

        Assert.Equal([Alb], stub.Calls("DescribeSecurityGroups")[1].Filter("group-id"));
    }

    [Fact]
    public async Task DescribeSecurityGroupsAsync_AfterInvalidate_ReadsTheGroupAgain()
    {
        await using var stub = Scripted(Ec2Xml.Rules());
        var observer = Ec2NetworkObserverEniTests.Observer(stub);

        await observer.DescribeSecurityGroupsAsync([Web], CancellationToken.None);
        observer.Cache.InvalidateSecurityGroup(Web);
        await observer.DescribeSecurityGroupsAsync([Web], CancellationToken.None);

        Assert.Equal(2, stub.Calls("DescribeSecurityGroups").Count);
    }

    [Fact]
    public async Task DescribeSecurityGroupsAsync_ConcurrentCallers_ShareOneRead()
    {
        var release = new ManualResetEventSlim();
        await using var stub = Ec2Stub.Start()
            .On("DescribeSecurityGroups", _ =>
            {
                release.Wait(TimeSpan.FromSeconds(30));
                return Ec2Wire.Ok("DescribeSecurityGroups", Ec2Xml.Groups(Ec2Xml.Group(Web, "web", "vpc-0a1b2c3d")));
            })
            .On("DescribeSecurityGroupRules", Ec2Xml.Rules());
        var observer = Ec2NetworkObserverEniTests.Observer(stub);

        var callers = Enumerable.Range(0, 5).Select(_ => observer.DescribeSecurityGroupsAsync([Web], CancellationToken.None)).ToArray();
        release.Set();
        var results = await Task.WhenAll(callers);

        Assert.All(results, r => Assert.Equal(Web, Assert.Single(r).Id));
        Assert.Single(stub.Calls("DescribeSecurityGroups"));
    }

    private static Ec2Stub Scripted(string rules) => Ec2Stub.Start()
        .On("DescribeSecurityGroups", fields => Ec2Wire.Ok(
            "DescribeSecurityGroups",
            Ec2Xml.Groups([.. (fields.Filter("group-id") ?? []).Select(id => Ec2Xml.Group(id, id == Web ? "web" : "alb", "vpc-0a1b2c3d"))])))
        .On("DescribeSecurityGroupRules", rules);

    private static ObservedIngressRule Rule(string id, IpProtocol protocol, PortRange ports, RuleSource source, string? description = null) =>
        new(id, Web, new IngressPermission(protocol, ports, source), description);
}
