using Amazon.EC2;
using Amazon.EC2.Model;
using EcsWinReconciler.Sandbox.Faults;
using EcsWinReconciler.Sandbox.Hosting;
using EcsWinReconciler.Sandbox.Tests.Support;
using static EcsWinReconciler.Sandbox.Scenarios.TwoMembers;

namespace EcsWinReconciler.Sandbox.Tests.Worlds;

/// <summary>Fault rules can name an account or a region, so one member fails while the others work.</summary>
public sealed class WorldFaultTests
{
    [Fact]
    public async Task Throttle_OneMembersAccount_FailsItsCallsOnly()
    {
        await using var host = await TestSandbox.StartAsync();
        AddTo(host);
        host.Faults.Add(new FaultRule("ec2", null, FaultKind.Throttle) { Account = EuWestAccount });
        using var euWest = WorldClients.Ec2(host, EuWestRegion, WorldClients.Session(await WorldClients.AssumeAsync(host, EuWestAccount)));
        using var usWest = WorldClients.Ec2(host, UsWestRegion, WorldClients.Session(await WorldClients.AssumeAsync(host, UsWestAccount)));
        using var hub = WorldClients.Ec2(host, SandboxAccount.Region);

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() => euWest.DescribeVpcsAsync(new DescribeVpcsRequest()));
        var others = new[] { await usWest.DescribeVpcsAsync(new DescribeVpcsRequest()), await hub.DescribeVpcsAsync(new DescribeVpcsRequest()) };

        Assert.Equal("RequestLimitExceeded", error.ErrorCode);
        Assert.All(others, answer => Assert.NotEmpty(answer.Vpcs));
    }

    [Fact]
    public async Task ServerError_OneRegion_FailsEveryAccountThereOnly()
    {
        await using var host = await TestSandbox.StartAsync();
        AddTo(host);
        host.Faults.Add(new FaultRule("ec2", "DescribeVpcs", FaultKind.ServerError) { Region = UsWestRegion });
        using var hubInUsWest = WorldClients.Ec2(host, UsWestRegion);
        using var euWest = WorldClients.Ec2(host, EuWestRegion, WorldClients.Session(await WorldClients.AssumeAsync(host, EuWestAccount)));

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() => hubInUsWest.DescribeVpcsAsync(new DescribeVpcsRequest()));
        await euWest.DescribeVpcsAsync(new DescribeVpcsRequest());

        Assert.Equal("InternalError", error.ErrorCode);
        Assert.Equal([200], host.Calls.Records().Where(c => c.Region == EuWestRegion).Select(c => c.Status));
    }

    [Fact]
    public async Task DeleteEniAfterCalls_AMembersEni_IsDeletedFromItsWorld()
    {
        await using var host = await TestSandbox.StartAsync();
        var members = AddTo(host);
        var eni = members.UsWest.State.Read(w => w.NetworkInterfaces.Keys.Last());
        host.Faults.DeleteEniAfterCalls(eni, 1);
        using var hub = WorldClients.Ec2(host, SandboxAccount.Region);

        await hub.DescribeVpcsAsync(new DescribeVpcsRequest());

        Assert.DoesNotContain(eni, WorldClients.EniIds(members.UsWest));
    }

    [Theory]
    [InlineData(null, null, true)]
    [InlineData(EuWestAccount, null, true)]
    [InlineData(UsWestAccount, null, false)]
    [InlineData(null, EuWestRegion, true)]
    [InlineData(EuWestAccount, UsWestRegion, false)]
    public void Matches_AccountAndRegion_NarrowTheRule(string? account, string? region, bool matches)
    {
        var rule = new FaultRule("ec2", null, FaultKind.Throttle) { Account = account, Region = region };

        Assert.Equal(matches, rule.Matches("ec2", "DescribeVpcs", EuWestAccount, EuWestRegion));
    }
}
