using Amazon.EC2.Model;
using Amazon.Runtime;
using EcsWinReconciler.Aws.Configuration;
using EcsWinReconciler.Aws.Members;
using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.Sandbox.Hosting;
using EcsWinReconciler.Sandbox.Tests.Support;
using static EcsWinReconciler.Sandbox.Tests.Sts.StsClients;

namespace EcsWinReconciler.Sandbox.Tests.Sts;

/// <summary>The reconciler's own client factory against the sandbox: a member's calls are made, and recorded, in the member's account.</summary>
public sealed class MemberFactoryTests
{
    private static AwsClientFactory Hub(SandboxHost host) => new(new AwsSettings
    {
        Region = SandboxAccount.Region,
        Credentials = new BasicAWSCredentials(TestSigner.AccessKey, "sandbox-secret-key"),
        EndpointUrl = host.Endpoint,
        MaxAttempts = 1,
        MemberRole = new MemberRoleSettings(RoleName, ExternalId),
    }, _ => null) { Time = TestClock.Create() };

    [Fact]
    public async Task ForMember_Ec2Calls_AreMadeWithOneAssumedSessionInTheMembersAccount()
    {
        await using var host = await TestSandbox.StartAsync();
        AddMembers(host);
        var hub = Hub(host);
        using var member = hub.ForMember(new MemberTarget(Member, SandboxAccount.Region)).CreateEc2Client();
        using var own = hub.ForMember(null).CreateEc2Client();

        await member.DescribeVpcsAsync(new DescribeVpcsRequest());
        await member.DescribeSubnetsAsync(new DescribeSubnetsRequest());
        await own.DescribeVpcsAsync(new DescribeVpcsRequest());

        Assert.Equal(
            [("sts", "AssumeRole", SandboxAccount.AccountId), ("ec2", "DescribeVpcs", Member), ("ec2", "DescribeSubnets", Member), ("ec2", "DescribeVpcs", SandboxAccount.AccountId)],
            host.Calls.Records().Select(c => (c.Service, c.Operation, c.Account)));
    }

    [Fact]
    public async Task ForMember_WithoutTheRole_FailsWithStsAccessDenied_AndNoEc2CallIsMade()
    {
        await using var host = await TestSandbox.StartAsync();
        AddMembers(host);
        using var member = Hub(host).ForMember(new MemberTarget(MemberWithoutRole, SandboxAccount.Region)).CreateEc2Client();

        var error = await Assert.ThrowsAsync<AdapterException>(() => member.DescribeVpcsAsync(new DescribeVpcsRequest()));

        Assert.Equal(("sts", "AccessDenied", $"arn:aws:iam::{MemberWithoutRole}:role/{RoleName}"), (error.Component, error.ErrorCode, error.ResourceId));
        Assert.Equal(["sts:AssumeRole"], host.Calls.Records().Select(c => $"{c.Service}:{c.Operation}"));
    }
}
