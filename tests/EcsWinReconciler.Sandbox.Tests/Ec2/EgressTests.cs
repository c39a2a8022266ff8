using Amazon.EC2.Model;
using EcsWinReconciler.Sandbox.Scenarios;
using EcsWinReconciler.Sandbox.Tests.Support;

namespace EcsWinReconciler.Sandbox.Tests.Ec2;

public class EgressTests
{
    [Fact]
    public async Task DescribeSecurityGroupRules_EveryGroup_HasTheDefaultEgressAllowAllAsEc2CreatesIt()
    {
        await using var host = await TestSandbox.StartAsync();
        using var ec2 = Ec2Clients.For(host);

        var rules = (await ec2.DescribeSecurityGroupRulesAsync(new DescribeSecurityGroupRulesRequest())).SecurityGroupRules;
        var groups = host.State.Read(w => w.SecurityGroups.Keys.ToList());

        Assert.All(groups, g => Assert.Single(rules, r => r.GroupId == g && r.IsEgress == true && r.IpProtocol == "-1" && r.CidrIpv4 == "0.0.0.0/0"));
    }

    [Fact]
    public async Task DescribeSecurityGroups_AdUnreachable_EgressOnlyHttpsAndDnsInTheVpc()
    {
        await using var host = await TestSandbox.StartAsync("ad-unreachable");
        using var ec2 = Ec2Clients.For(host);

        var group = Assert.Single((await ec2.DescribeSecurityGroupsAsync(new DescribeSecurityGroupsRequest { GroupIds = [ScenarioIds.WebGroup] })).SecurityGroups);

        Assert.Equal(
            [("tcp", 53, ScenarioIds.VpcCidr), ("tcp", 443, "0.0.0.0/0"), ("udp", 53, ScenarioIds.VpcCidr)],
            group.IpPermissionsEgress.SelectMany(p => p.Ipv4Ranges.Select(r => (p.IpProtocol, p.FromPort ?? 0, r.CidrIp))).Order());
    }
}
