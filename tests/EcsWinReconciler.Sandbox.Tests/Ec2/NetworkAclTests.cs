using Amazon.EC2.Model;
using EcsWinReconciler.Sandbox.Scenarios;
using NetworkAclEntry = EcsWinReconciler.Sandbox.State.NetworkAclEntry;
using EcsWinReconciler.Sandbox.Tests.Support;

namespace EcsWinReconciler.Sandbox.Tests.Ec2;

public class NetworkAclTests
{
    [Fact]
    public async Task DescribeNetworkAcls_HealthyBySubnet_TheDefaultAclAllowingAllBothWaysForBothSubnets()
    {
        await using var host = await TestSandbox.StartAsync();
        using var ec2 = Ec2Clients.For(host);

        var acl = Assert.Single((await ec2.DescribeNetworkAclsAsync(new DescribeNetworkAclsRequest { Filters = [new("association.subnet-id", [ScenarioIds.SubnetA])] })).NetworkAcls);

        Assert.True(acl.IsDefault);
        Assert.Equal(ScenarioIds.VpcId, acl.VpcId);
        Assert.Equal([ScenarioIds.SubnetA, ScenarioIds.SubnetB], acl.Associations.Select(a => a.SubnetId).Order(StringComparer.Ordinal));
        Assert.All(acl.Associations, a => Assert.StartsWith("aclassoc-", a.NetworkAclAssociationId, StringComparison.Ordinal));
        foreach (var egress in new[] { false, true })
        {
            var entries = acl.Entries.Where(e => e.Egress == egress).ToList();
            Assert.Equal([(100, "allow"), (32767, "deny")], entries.Select(e => (e.RuleNumber ?? 0, e.RuleAction.Value)));
            Assert.All(entries, e => Assert.Equal(("-1", "0.0.0.0/0"), (e.Protocol, e.CidrBlock)));
        }
    }

    [Fact]
    public async Task DescribeNetworkAcls_NaclBlocksDns_BothSubnetsOnTheLinuxAclAndTheDefaultFilterStillFindsTheDefault()
    {
        await using var host = await TestSandbox.StartAsync("nacl-blocks-dns");
        using var ec2 = Ec2Clients.For(host);

        var bySubnet = Assert.Single((await ec2.DescribeNetworkAclsAsync(new DescribeNetworkAclsRequest { Filters = [new("association.subnet-id", [ScenarioIds.SubnetB])] })).NetworkAcls);
        var defaults = Assert.Single((await ec2.DescribeNetworkAclsAsync(new DescribeNetworkAclsRequest { Filters = [new("vpc-id", [ScenarioIds.VpcId]), new("default", ["true"])] })).NetworkAcls);

        Assert.Equal(ScenarioIds.LinuxEphemeralAcl, bySubnet.NetworkAclId);
        Assert.False(bySubnet.IsDefault);
        var replies = bySubnet.Entries.Single(e => e.Egress == false && e.RuleNumber == 110);
        Assert.Equal(("6", 32768, 60999), (replies.Protocol, replies.PortRange.From, replies.PortRange.To));
        Assert.Equal(VpcEdits.DefaultAclId(ScenarioIds.VpcId), defaults.NetworkAclId);
        Assert.Empty(defaults.Associations ?? []);
    }

    [Fact]
    public async Task SetAclEntry_Knob_ReplacesTheEntryWithTheSameNumberAndDirection()
    {
        await using var host = await TestSandbox.StartAsync("nacl-blocks-dns");
        using var ec2 = Ec2Clients.For(host);

        host.Admin.SetAclEntry(ScenarioIds.LinuxEphemeralAcl, new NetworkAclEntry(110, false, NetworkAclEntry.Tcp, NetworkAclEntry.Allow, "0.0.0.0/0", 1024, 65535));
        var acl = Assert.Single((await ec2.DescribeNetworkAclsAsync(new DescribeNetworkAclsRequest { NetworkAclIds = [ScenarioIds.LinuxEphemeralAcl] })).NetworkAcls);

        var replaced = Assert.Single(acl.Entries, e => e.Egress == false && e.RuleNumber == 110);
        Assert.Equal((1024, 65535), (replaced.PortRange.From, replaced.PortRange.To));
    }

    [Fact]
    public async Task DescribeNetworkAcls_UnknownId_NotFound()
    {
        await using var host = await TestSandbox.StartAsync();
        using var ec2 = Ec2Clients.For(host);

        var error = await Assert.ThrowsAsync<Amazon.EC2.AmazonEC2Exception>(() =>
            ec2.DescribeNetworkAclsAsync(new DescribeNetworkAclsRequest { NetworkAclIds = ["acl-0fffffffffffffff0"] }));

        Assert.Equal("InvalidNetworkAclID.NotFound", error.ErrorCode);
    }
}
