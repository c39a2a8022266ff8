using Amazon.EC2;
using Amazon.EC2.Model;
using EcsWinReconciler.Sandbox.Scenarios;
using EcsWinReconciler.Sandbox.Tests.Support;

namespace EcsWinReconciler.Sandbox.Tests.Ec2;

/// <summary>The ACL entry edits a person makes (create, replace, delete), read back through DescribeNetworkAcls.</summary>
public class NetworkAclEntryEditTests
{
    private static readonly string DefaultAcl = VpcEdits.DefaultAclId(ScenarioIds.VpcId);

    [Fact]
    public async Task ReplaceThenCreate_LinuxReplyRange_DescribeShowsTheNumbersInOrderWithTheirPorts()
    {
        await using var host = await TestSandbox.StartAsync();
        using var ec2 = Ec2Clients.For(host);

        await ec2.ReplaceNetworkAclEntryAsync(new ReplaceNetworkAclEntryRequest
        {
            NetworkAclId = DefaultAcl, RuleNumber = 100, Egress = false, Protocol = "tcp", RuleAction = RuleAction.Allow,
            CidrBlock = "0.0.0.0/0", PortRange = new PortRange { From = 32768, To = 60999 },
        });
        await ec2.CreateNetworkAclEntryAsync(new CreateNetworkAclEntryRequest
        {
            NetworkAclId = DefaultAcl, RuleNumber = 110, Egress = false, Protocol = "17", RuleAction = RuleAction.Allow,
            CidrBlock = "0.0.0.0/0", PortRange = new PortRange { From = 32768, To = 60999 },
        });

        var acl = Assert.Single((await ec2.DescribeNetworkAclsAsync(new DescribeNetworkAclsRequest { NetworkAclIds = [DefaultAcl] })).NetworkAcls);
        var inbound = acl.Entries.Where(e => e.Egress == false).Select(e => (e.RuleNumber, e.Protocol, e.PortRange?.From, e.PortRange?.To)).ToList();
        Assert.Equal([(100, "6", 32768, 60999), (110, "17", 32768, 60999), (32767, "-1", null, null)], inbound);
        Assert.Contains(host.Admin.Writes(), w => w.Operation == "CreateNetworkAclEntry" && w.ResourceId == DefaultAcl);
    }

    [Fact]
    public async Task Delete_AnInboundEntry_LeavesTheOutboundOneOfTheSameNumber()
    {
        await using var host = await TestSandbox.StartAsync();
        using var ec2 = Ec2Clients.For(host);

        await ec2.DeleteNetworkAclEntryAsync(new DeleteNetworkAclEntryRequest { NetworkAclId = DefaultAcl, RuleNumber = 100, Egress = false });

        var acl = Assert.Single((await ec2.DescribeNetworkAclsAsync(new DescribeNetworkAclsRequest { NetworkAclIds = [DefaultAcl] })).NetworkAcls);
        Assert.Equal([(false, 32767), (true, 100), (true, 32767)], acl.Entries.Select(e => (e.Egress ?? false, e.RuleNumber ?? 0)));
    }

    [Fact]
    public async Task Create_ATakenNumber_RefusedAndTheEntryUnchanged()
    {
        await using var host = await TestSandbox.StartAsync();
        using var ec2 = Ec2Clients.For(host);

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() => ec2.CreateNetworkAclEntryAsync(new CreateNetworkAclEntryRequest
        {
            NetworkAclId = DefaultAcl, RuleNumber = 100, Egress = true, Protocol = "-1", RuleAction = RuleAction.Deny, CidrBlock = "0.0.0.0/0",
        }));

        Assert.Equal("NetworkAclEntryAlreadyExists", error.ErrorCode);
        var acl = Assert.Single((await ec2.DescribeNetworkAclsAsync(new DescribeNetworkAclsRequest { NetworkAclIds = [DefaultAcl] })).NetworkAcls);
        Assert.Equal("allow", acl.Entries.Single(e => e.Egress == true && e.RuleNumber == 100).RuleAction.Value);
    }

    [Theory]
    [InlineData(200, "tcp", 53, "InvalidNetworkAclEntry.NotFound")]
    [InlineData(32767, "-1", null, "InvalidParameterValue")]
    [InlineData(100, "udp", null, "MissingParameter")]
    public async Task Replace_WhatEc2Refuses_NamedByItsCode(int ruleNumber, string protocol, int? port, string code)
    {
        await using var host = await TestSandbox.StartAsync();
        using var ec2 = Ec2Clients.For(host);

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() => ec2.ReplaceNetworkAclEntryAsync(new ReplaceNetworkAclEntryRequest
        {
            NetworkAclId = DefaultAcl, RuleNumber = ruleNumber, Egress = false, Protocol = protocol, RuleAction = RuleAction.Deny,
            CidrBlock = "0.0.0.0/0", PortRange = port is { } p ? new PortRange { From = p, To = p } : null,
        }));

        Assert.Equal(code, error.ErrorCode);
    }
}
