using Amazon.EC2.Model;
using EcsWinReconciler.Aws.Configuration;
using EcsWinReconciler.Aws.Ecs.Wire;
using EcsWinReconciler.Aws.Members;
using EcsWinReconciler.Aws.Tests.Configuration;
using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.TestSupport.Wire;
using Microsoft.Extensions.Time.Testing;

namespace EcsWinReconciler.Aws.Tests.Members;

/// <summary>Calls for a member go to the member's region signed with the member role's session; calls without one stay the hub's own.</summary>
public sealed class AwsClientFactoryMemberTests
{
    private const string Ec2Empty = """<DescribeVpcsResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>r-1</requestId><vpcSet/></DescribeVpcsResponse>""";
    private static readonly MemberTarget Staging = new("777788889999", "ap-southeast-2");
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero));

    private AwsClientFactory Hub(Uri endpoint, MemberRoleSettings? role) =>
        new(new AwsSettings { Region = TestAws.Region, Credentials = TestAws.Credentials, EndpointUrl = endpoint, MemberRole = role }, _ => null) { Time = _clock };

    private StubResponse StsOrEc2(RecordedRequest request) =>
        StsStub.IsAssumeRole(request) ? StsStub.AssumeRole(request, _clock.GetUtcNow().AddHours(1)) : StubResponse.Xml(Ec2Empty);

    [Fact]
    public void ForMember_NoTarget_IsTheHubsOwnFactory()
    {
        var hub = Hub(new Uri("http://127.0.0.1:1/"), role: null);

        Assert.Same(hub, hub.ForMember(null));
    }

    [Fact]
    public void ForMember_NoMemberRoleConfigured_SaysSo()
    {
        var hub = Hub(new Uri("http://127.0.0.1:1/"), role: null);

        var error = Assert.Throws<InvalidOperationException>(() => hub.ForMember(Staging));

        Assert.Contains("777788889999/ap-southeast-2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ec2Call_ForAMember_IsSignedWithTheAssumedSessionForTheMembersRegion_AfterAnAssumeRoleSignedByTheHub()
    {
        await using var server = LoopbackHttpServer.Start(StsOrEc2);
        var hub = Hub(server.BaseAddress, new MemberRoleSettings("ewr-member", "ext-1"));
        using var ec2 = hub.ForMember(Staging).CreateEc2Client();

        await ec2.DescribeVpcsAsync(new DescribeVpcsRequest(), CancellationToken.None);
        await ec2.DescribeVpcsAsync(new DescribeVpcsRequest(), CancellationToken.None);

        var (assume, calls) = (server.Requests[0], server.Requests.Skip(1).ToList());
        var assumeAuth = SigV4Authorization.Parse(assume.Header("Authorization"))!;
        Assert.Equal((TestAws.AccessKey, TestAws.Region, "sts"), (assumeAuth.AccessKey, assumeAuth.Region, assumeAuth.Service));
        Assert.Equal(2, calls.Count);
        Assert.All(calls, call =>
        {
            var auth = SigV4Authorization.Parse(call.Header("Authorization"))!;
            Assert.Equal(("ASIA7777888899990001", "ap-southeast-2", "ec2"), (auth.AccessKey, auth.Region, auth.Service));
            Assert.Equal("token-777788889999-1", call.Header("X-Amz-Security-Token"));
            Assert.Equal(call.Header("Authorization"), TestAws.Resign(call, "ap-southeast-2", "ec2", "secret-777788889999-1").Authorization);
        });
    }

    [Fact]
    public async Task HubCall_WithMembersConfigured_IsUnchanged_NoAssumeRole()
    {
        await using var server = LoopbackHttpServer.Start(StsOrEc2);
        var hub = Hub(server.BaseAddress, new MemberRoleSettings("ewr-member", "ext-1"));
        using var ec2 = hub.ForMember(null).CreateEc2Client();

        await ec2.DescribeVpcsAsync(new DescribeVpcsRequest(), CancellationToken.None);

        var auth = SigV4Authorization.Parse(Assert.Single(server.Requests).Header("Authorization"))!;
        Assert.Equal((TestAws.AccessKey, TestAws.Region), (auth.AccessKey, auth.Region));
    }

    [Fact]
    public async Task EcsCall_ForAMemberWithoutTheRole_FailsWithTheStsError_NotAnEcsOne()
    {
        await using var server = LoopbackHttpServer.Start(r => StsStub.IsAssumeRole(r) ? StsStub.AccessDenied(r) : TestAws.EcsJson("""{"taskArns":[]}"""));
        var hub = Hub(server.BaseAddress, new MemberRoleSettings("ewr-member", "ext-1"));
        using var ecs = hub.ForMember(Staging).CreateEcsApi();

        var error = await Assert.ThrowsAsync<AdapterException>(() => ecs.ListTasksAsync(new EcsTaskFilter("c"), null, CancellationToken.None));

        Assert.Equal(("sts", "AccessDenied"), (error.Component, error.ErrorCode));
        Assert.All(server.Requests, r => Assert.True(StsStub.IsAssumeRole(r)));
    }

    [Fact]
    public async Task MemberCalls_AreCountedWithTheHubs_AssumeRoleIncluded()
    {
        await using var server = LoopbackHttpServer.Start(StsOrEc2);
        var counted = new AwsClientFactory(new AwsSettings { Region = TestAws.Region, Credentials = TestAws.Credentials, EndpointUrl = server.BaseAddress, MemberRole = new("ewr-member", "ext-1") }, _ => null)
        {
            Calls = new AwsCallCounter(),
            Time = _clock,
        };
        using var ec2 = counted.ForMember(Staging).CreateEc2Client();

        await ec2.DescribeVpcsAsync(new DescribeVpcsRequest(), CancellationToken.None);

        Assert.Equal(2, counted.Calls!.Total);
    }
}
