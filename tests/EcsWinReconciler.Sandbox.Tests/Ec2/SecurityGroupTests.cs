using Amazon.EC2;
using Amazon.EC2.Model;
using EcsWinReconciler.Sandbox.Scenarios;
using EcsWinReconciler.Sandbox.Tests.Support;

namespace EcsWinReconciler.Sandbox.Tests.Ec2;

public class SecurityGroupTests
{
    [Fact]
    public async Task DescribeSecurityGroups_WebGroup_PermissionReferencesTheAlbGroup()
    {
        await using var host = await TestSandbox.StartAsync();
        using var ec2 = Ec2Clients.For(host);

        var response = await ec2.DescribeSecurityGroupsAsync(new DescribeSecurityGroupsRequest { GroupIds = [ScenarioIds.WebGroup] });

        var group = Assert.Single(response.SecurityGroups);
        Assert.Equal("iis-webserver-tasks", group.GroupName);
        Assert.Equal(ScenarioIds.VpcId, group.VpcId);
        var http = Assert.Single(group.IpPermissions);
        Assert.Equal(("tcp", 80, 80), (http.IpProtocol, http.FromPort, http.ToPort));
        Assert.Equal(ScenarioIds.AlbGroup, Assert.Single(http.UserIdGroupPairs).GroupId);
        var egress = Assert.Single(group.IpPermissionsEgress);
        Assert.Equal("-1", egress.IpProtocol);
        Assert.Equal("0.0.0.0/0", Assert.Single(egress.Ipv4Ranges).CidrIp);
    }

    [Fact]
    public async Task DescribeSecurityGroups_MissingId_InvalidGroupNotFound()
    {
        await using var host = await TestSandbox.StartAsync();
        using var ec2 = Ec2Clients.For(host);

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() =>
            ec2.DescribeSecurityGroupsAsync(new DescribeSecurityGroupsRequest { GroupIds = [ScenarioIds.WebGroup, "sg-0000000000000000f"] }));

        Assert.Equal("InvalidGroup.NotFound", error.ErrorCode);
    }

    [Fact]
    public async Task DescribeSecurityGroups_VpcFilter_EveryGroupOfTheVpc()
    {
        await using var host = await TestSandbox.StartAsync();
        using var ec2 = Ec2Clients.For(host);

        var response = await ec2.DescribeSecurityGroupsAsync(new DescribeSecurityGroupsRequest { Filters = [new Filter("vpc-id", [ScenarioIds.VpcId])] });

        Assert.Equal(host.State.Read(w => w.SecurityGroups.Count), response.SecurityGroups.Count);
    }

    [Fact]
    public async Task DescribeSecurityGroupRules_GroupFilterPaged_EveryRuleWithItsId()
    {
        await using var host = await TestSandbox.StartAsync("rdp-open");
        using var ec2 = Ec2Clients.For(host);
        var expected = host.State.Read(w => w.SecurityGroups.Values.SelectMany(g => g.Rules).Select(r => r.RuleId).ToList());

        var seen = new List<SecurityGroupRule>();
        string? token = null;
        do
        {
            var page = await ec2.DescribeSecurityGroupRulesAsync(new DescribeSecurityGroupRulesRequest { MaxResults = 5, NextToken = token });
            Assert.True(page.SecurityGroupRules.Count <= 5);
            seen.AddRange(page.SecurityGroupRules);
            token = page.NextToken;
        }
        while (token is not null);

        Assert.Equal(expected, seen.Select(r => r.SecurityGroupRuleId));
        var web = await ec2.DescribeSecurityGroupRulesAsync(new DescribeSecurityGroupRulesRequest { Filters = [new Filter("group-id", [ScenarioIds.WebGroup])] });
        var rdp = Assert.Single(web.SecurityGroupRules, r => r.FromPort == 3389);
        Assert.Equal(("tcp", 3389, "0.0.0.0/0", false), (rdp.IpProtocol, rdp.ToPort, rdp.CidrIpv4, rdp.IsEgress));
        Assert.Matches("^sgr-0[0-9a-f]{16}$", rdp.SecurityGroupRuleId);
        Assert.Equal(ScenarioIds.AlbGroup, Assert.Single(web.SecurityGroupRules, r => r.FromPort == 80).ReferencedGroupInfo.GroupId);
    }

    [Fact]
    public async Task AuthorizeSecurityGroupIngress_NewRules_ReturnedWithNewRuleIds()
    {
        await using var host = await TestSandbox.StartAsync();
        using var ec2 = Ec2Clients.For(host);

        var response = await ec2.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest
        {
            GroupId = ScenarioIds.WebGroup,
            IpPermissions =
            [
                new IpPermission { IpProtocol = "tcp", FromPort = 443, ToPort = 443, UserIdGroupPairs = [new UserIdGroupPair { GroupId = ScenarioIds.AlbGroup, Description = "HTTPS from the ALB" }] },
                new IpPermission { IpProtocol = "tcp", FromPort = 5985, ToPort = 5986, Ipv4Ranges = [new IpRange { CidrIp = "10.0.0.0/16" }] },
            ],
        });

        Assert.True(response.Return);
        Assert.Equal(2, response.SecurityGroupRules.Count);
        Assert.All(response.SecurityGroupRules, r => Assert.Matches("^sgr-0[0-9a-f]{16}$", r.SecurityGroupRuleId));
        Assert.Equal("HTTPS from the ALB", response.SecurityGroupRules[0].Description);
        Assert.Equal(3, host.State.Read(w => w.SecurityGroups[ScenarioIds.WebGroup].Ingress.Count()));
        Assert.Equal(2, host.Admin.Writes().Count);
    }

    [Fact]
    public async Task AuthorizeSecurityGroupIngress_ExistingRule_DuplicateAndNothingAdded()
    {
        await using var host = await TestSandbox.StartAsync();
        using var ec2 = Ec2Clients.For(host);

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() => ec2.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest
        {
            GroupId = ScenarioIds.WebGroup,
            IpPermissions =
            [
                new IpPermission { IpProtocol = "tcp", FromPort = 8443, ToPort = 8443, Ipv4Ranges = [new IpRange { CidrIp = "10.0.0.0/16" }] },
                new IpPermission { IpProtocol = "tcp", FromPort = 80, ToPort = 80, UserIdGroupPairs = [new UserIdGroupPair { GroupId = ScenarioIds.AlbGroup }] },
            ],
        }));

        Assert.Equal("InvalidPermission.Duplicate", error.ErrorCode);
        Assert.Single(host.State.Read(w => w.SecurityGroups[ScenarioIds.WebGroup].Ingress.ToList()));
    }

    [Fact]
    public async Task AuthorizeSecurityGroupIngress_DryRun_DryRunOperationAndNoWrite()
    {
        await using var host = await TestSandbox.StartAsync();
        using var ec2 = Ec2Clients.For(host);

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() => ec2.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest
        {
            GroupId = ScenarioIds.WebGroup,
            DryRun = true,
            IpPermissions = [new IpPermission { IpProtocol = "tcp", FromPort = 443, ToPort = 443, Ipv4Ranges = [new IpRange { CidrIp = "10.0.0.0/16" }] }],
        }));

        Assert.Equal("DryRunOperation", error.ErrorCode);
        Assert.Equal(System.Net.HttpStatusCode.PreconditionFailed, error.StatusCode);
        Assert.Empty(host.Admin.Writes());
        Assert.Single(host.State.Read(w => w.SecurityGroups[ScenarioIds.WebGroup].Ingress.ToList()));
    }

    [Fact]
    public async Task RevokeSecurityGroupIngress_ByRuleId_RemovesOnlyThatRule()
    {
        await using var host = await TestSandbox.StartAsync("rdp-open");
        using var ec2 = Ec2Clients.For(host);
        var rdp = host.State.Read(w => w.SecurityGroups[ScenarioIds.WebGroup].Ingress.Single(r => r.FromPort == 3389).RuleId);

        var response = await ec2.RevokeSecurityGroupIngressAsync(new RevokeSecurityGroupIngressRequest { GroupId = ScenarioIds.WebGroup, SecurityGroupRuleIds = [rdp] });

        Assert.True(response.Return);
        Assert.Equal([80], host.State.Read(w => w.SecurityGroups[ScenarioIds.WebGroup].Ingress.Select(r => r.FromPort).ToList()));
        Assert.Equal(rdp, Assert.Single(host.Admin.Writes()).ResourceId);
    }

    [Fact]
    public async Task RevokeSecurityGroupIngress_ByExactPermission_RemovesTheRule()
    {
        await using var host = await TestSandbox.StartAsync("rdp-open");
        using var ec2 = Ec2Clients.For(host);

        await ec2.RevokeSecurityGroupIngressAsync(new RevokeSecurityGroupIngressRequest
        {
            GroupId = ScenarioIds.WebGroup,
            IpPermissions = [new IpPermission { IpProtocol = "tcp", FromPort = 3389, ToPort = 3389, Ipv4Ranges = [new IpRange { CidrIp = "0.0.0.0/0" }] }],
        });

        Assert.DoesNotContain(3389, host.State.Read(w => w.SecurityGroups[ScenarioIds.WebGroup].Ingress.Select(r => r.FromPort).ToList()));
    }

    [Fact]
    public async Task RevokeSecurityGroupIngress_InexactPermission_InvalidPermissionNotFound()
    {
        await using var host = await TestSandbox.StartAsync("rdp-open");
        using var ec2 = Ec2Clients.For(host);

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() => ec2.RevokeSecurityGroupIngressAsync(new RevokeSecurityGroupIngressRequest
        {
            GroupId = ScenarioIds.WebGroup,
            IpPermissions = [new IpPermission { IpProtocol = "tcp", FromPort = 3389, ToPort = 3390, Ipv4Ranges = [new IpRange { CidrIp = "0.0.0.0/0" }] }],
        }));

        Assert.Equal("InvalidPermission.NotFound", error.ErrorCode);
        Assert.Contains(3389, host.State.Read(w => w.SecurityGroups[ScenarioIds.WebGroup].Ingress.Select(r => r.FromPort).ToList()));
    }

    [Fact]
    public async Task RevokeSecurityGroupIngress_UnknownRuleId_InvalidSecurityGroupRuleIdNotFound()
    {
        await using var host = await TestSandbox.StartAsync();
        using var ec2 = Ec2Clients.For(host);

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() =>
            ec2.RevokeSecurityGroupIngressAsync(new RevokeSecurityGroupIngressRequest { GroupId = ScenarioIds.WebGroup, SecurityGroupRuleIds = ["sgr-0000000000000000a"] }));

        Assert.Equal("InvalidSecurityGroupRuleId.NotFound", error.ErrorCode);
    }

    [Fact]
    public async Task RevokeSecurityGroupIngress_DryRun_RuleStays()
    {
        await using var host = await TestSandbox.StartAsync("rdp-open");
        using var ec2 = Ec2Clients.For(host);
        var rdp = host.State.Read(w => w.SecurityGroups[ScenarioIds.WebGroup].Ingress.Single(r => r.FromPort == 3389).RuleId);

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() =>
            ec2.RevokeSecurityGroupIngressAsync(new RevokeSecurityGroupIngressRequest { GroupId = ScenarioIds.WebGroup, SecurityGroupRuleIds = [rdp], DryRun = true }));

        Assert.Equal("DryRunOperation", error.ErrorCode);
        Assert.Contains(rdp, host.State.Read(w => w.SecurityGroups[ScenarioIds.WebGroup].Rules.Select(r => r.RuleId).ToList()));
        Assert.Empty(host.Admin.Writes());
    }
}
