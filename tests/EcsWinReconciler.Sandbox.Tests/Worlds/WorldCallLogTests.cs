using Amazon.EC2.Model;
using EcsWinReconciler.Sandbox.Hosting;
using EcsWinReconciler.Sandbox.Scenarios;
using EcsWinReconciler.Sandbox.Tests.Support;
using static EcsWinReconciler.Sandbox.Scenarios.TwoMembers;

namespace EcsWinReconciler.Sandbox.Tests.Worlds;

/// <summary>The call log says, per call, which key signed it and which account and region answered it.</summary>
public sealed class WorldCallLogTests
{
    [Fact]
    public async Task Records_EachCall_KeyAccountAndRegion()
    {
        await using var host = await TestSandbox.StartAsync();
        AddTo(host);
        var session = await WorldClients.AssumeAsync(host, EuWestAccount);
        using var member = WorldClients.Ec2(host, EuWestRegion, WorldClients.Session(session));
        using var hubElsewhere = WorldClients.Ec2(host, UsWestRegion);

        await member.DescribeVpcsAsync(new DescribeVpcsRequest());
        await hubElsewhere.DescribeVpcsAsync(new DescribeVpcsRequest());

        Assert.Equal(
            [
                ("sts", "AssumeRole", TestSigner.AccessKey, SandboxAccount.AccountId, SandboxAccount.Region),
                ("ec2", "DescribeVpcs", session.AccessKeyId, EuWestAccount, EuWestRegion),
                ("ec2", "DescribeVpcs", TestSigner.AccessKey, SandboxAccount.AccountId, UsWestRegion),
            ],
            host.Calls.Records().Select(c => (c.Service, c.Operation, c.AccessKeyId, c.Account, c.Region)));
    }

    [Fact]
    public async Task ModifyNetworkInterfaceAttribute_ByAMembersSession_ChangesItsWorldOnlyAndIsRecordedWithItsKey()
    {
        await using var host = await TestSandbox.StartAsync();
        var members = AddTo(host);
        var session = await WorldClients.AssumeAsync(host, EuWestAccount);
        using var member = WorldClients.Ec2(host, EuWestRegion, WorldClients.Session(session));

        // The host's primary ENI has the scenarios' fixed id in every world: only the member's may change.
        var eni = "eni-" + ScenarioIds.WindowsHostA[2..];
        await member.ModifyNetworkInterfaceAttributeAsync(new ModifyNetworkInterfaceAttributeRequest { NetworkInterfaceId = eni, Groups = [ScenarioIds.HostGroup, ScenarioIds.DefaultGroup] });

        var modify = Assert.Single(host.Calls.Records(), c => c.Operation == "ModifyNetworkInterfaceAttribute");
        Assert.Equal((200, session.AccessKeyId, EuWestAccount, EuWestRegion), (modify.Status, modify.AccessKeyId, modify.Account, modify.Region));
        Assert.Equal([ScenarioIds.HostGroup, ScenarioIds.DefaultGroup], Groups(members.EuWest, eni));
        Assert.Equal([ScenarioIds.HostGroup], Groups(host.Admin, eni));
        Assert.Single(members.EuWest.Writes(), w => w.Operation == "ModifyNetworkInterfaceAttribute" && w.ResourceId == eni);
        Assert.DoesNotContain(host.Admin.Writes(), w => w.Operation == "ModifyNetworkInterfaceAttribute");
    }

    [Fact]
    public async Task Records_UnsignedCall_NoKeyAccountOrRegion()
    {
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);

        await wire.QueryAsync("ec2", "2016-11-15", [("Action", "DescribeVpcs")], sign: false);

        var call = Assert.Single(host.Calls.Records());
        Assert.Equal((null, null, null), (call.AccessKeyId, call.Account, call.Region));
    }

    private static List<string> Groups(SandboxAdmin world, string eniId) => world.State.Read(w => w.NetworkInterfaces[eniId].GroupIds.ToList());
}
