using Amazon.SecurityToken;
using EcsWinReconciler.Sandbox.Hosting;
using EcsWinReconciler.Sandbox.Scenarios;
using EcsWinReconciler.Sandbox.Tests.Support;
using static EcsWinReconciler.Sandbox.Scenarios.TwoMembers;

namespace EcsWinReconciler.Sandbox.Tests.Worlds;

/// <summary>The two-member scenario: two members reachable with the role, in two regions, and one without the role.</summary>
public sealed class TwoMembersTests
{
    [Fact]
    public async Task AddTo_Healthy_ThreeMemberWorldsEachWithTheFleet()
    {
        await using var host = await TestSandbox.StartAsync();

        var members = AddTo(host);

        Assert.Equal(
            [(EuWestAccount, EuWestRegion, 2), (UsWestAccount, UsWestRegion, 2), (WithoutRoleAccount, WithoutRoleRegion, 2)],
            new[] { members.EuWest, members.UsWest, members.WithoutRole }.Select(m => (m.State.AccountId, m.State.Region, m.State.Read(w => w.Tasks.Count))));
        Assert.Same(members.UsWest, host.World(UsWestAccount, UsWestRegion));
    }

    [Fact]
    public async Task AddTo_ScenarioPerMember_EachWorldHasItsOwnDrift()
    {
        await using var host = await TestSandbox.StartAsync();

        var members = AddTo(host, euWest: ScenarioCatalog.RdpOpen, usWest: ScenarioCatalog.DnsHostnamesOff);

        Assert.True(members.EuWest.State.Read(w => w.SecurityGroups[ScenarioIds.WebGroup].Rules.Any(r => r.FromPort == 3389)));
        Assert.False(members.UsWest.State.Read(w => w.SecurityGroups[ScenarioIds.WebGroup].Rules.Any(r => r.FromPort == 3389)));
        Assert.False(members.UsWest.State.Read(w => w.Vpcs[ScenarioIds.VpcId].EnableDnsHostnames));
        Assert.True(host.State.Read(w => w.Vpcs[ScenarioIds.VpcId].EnableDnsHostnames));
    }

    [Fact]
    public async Task AssumeRole_MemberWithoutTheRole_StillDenied_WhileBothOthersAreIssued()
    {
        await using var host = await TestSandbox.StartAsync();
        AddTo(host);

        var euWest = await WorldClients.AssumeAsync(host, EuWestAccount);
        var usWest = await WorldClients.AssumeAsync(host, UsWestAccount);
        var denied = await Assert.ThrowsAsync<AmazonSecurityTokenServiceException>(() => WorldClients.AssumeAsync(host, WithoutRoleAccount));

        Assert.Equal("AccessDenied", denied.ErrorCode);
        Assert.Equal([EuWestAccount, UsWestAccount], host.Accounts.Sessions().Select(s => s.Account));
        Assert.Equal((EuWestAccount, UsWestAccount), (host.Accounts.AccountOf(euWest.AccessKeyId), host.Accounts.AccountOf(usWest.AccessKeyId)));
        Assert.Equal([SandboxAccount.AccountId], host.Calls.Records().Select(c => c.Account).Distinct());
    }
}
