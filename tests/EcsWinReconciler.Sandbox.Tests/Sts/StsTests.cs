using System.Net;
using Amazon.EC2;
using Amazon.EC2.Model;
using Amazon.Runtime;
using Amazon.SecurityToken;
using Amazon.SecurityToken.Model;
using EcsWinReconciler.Sandbox.Hosting;
using EcsWinReconciler.Sandbox.Tests.Support;
using static EcsWinReconciler.Sandbox.Tests.Sts.StsClients;

namespace EcsWinReconciler.Sandbox.Tests.Sts;

/// <summary>STS on the one endpoint, through the real SDK client: member roles assumed by the hub, and calls told apart by the key that signed them.</summary>
public sealed class StsTests
{
    private static AssumeRoleRequest Assume(string account, string? externalId = ExternalId) =>
        new() { RoleArn = RoleArn(account), RoleSessionName = "EcsWinReconciler", ExternalId = externalId };

    [Fact]
    public async Task AssumeRole_MemberWithTheRole_IssuesASessionOfAnHourInTheMembersAccount()
    {
        await using var host = await TestSandbox.StartAsync();
        AddMembers(host);
        using var sts = For(host);

        var answer = await sts.AssumeRoleAsync(Assume(Member));

        Assert.StartsWith("ASIA", answer.Credentials.AccessKeyId, StringComparison.Ordinal);
        Assert.Equal(20, answer.Credentials.AccessKeyId.Length);
        Assert.Equal($"arn:aws:sts::{Member}:assumed-role/{RoleName}/EcsWinReconciler", answer.AssumedRoleUser.Arn);
        Assert.Equal(TestClock.Start.AddHours(1), new DateTimeOffset(answer.Credentials.Expiration!.Value.ToUniversalTime()));
        Assert.Equal(Member, Assert.Single(host.Accounts.Sessions()).Account);
    }

    [Fact]
    public async Task Calls_SignedWithTheSession_AreRecordedInTheMembersAccount_AndTheHubsInTheHubs()
    {
        await using var host = await TestSandbox.StartAsync();
        AddMembers(host);
        using var sts = For(host);
        var session = (await sts.AssumeRoleAsync(Assume(Member))).Credentials;
        var memberCredentials = new SessionAWSCredentials(session.AccessKeyId, session.SecretAccessKey, session.SessionToken);
        using var memberEc2 = new AmazonEC2Client(memberCredentials, new AmazonEC2Config { ServiceURL = host.Endpoint.ToString(), AuthenticationRegion = SandboxAccount.Region, MaxErrorRetry = 0 });
        using var hubEc2 = Ec2Clients.For(host);

        await memberEc2.DescribeVpcsAsync(new DescribeVpcsRequest());
        await hubEc2.DescribeVpcsAsync(new DescribeVpcsRequest());
        var identity = await For(host, memberCredentials).GetCallerIdentityAsync(new GetCallerIdentityRequest());

        var calls = host.Calls.Records();
        Assert.Equal(
            [("sts", "AssumeRole", SandboxAccount.AccountId), ("ec2", "DescribeVpcs", Member), ("ec2", "DescribeVpcs", SandboxAccount.AccountId), ("sts", "GetCallerIdentity", Member)],
            calls.Select(c => (c.Service, c.Operation, c.Account)));
        Assert.Equal(session.AccessKeyId, calls[1].AccessKeyId);
        Assert.Equal(TestSigner.AccessKey, calls[2].AccessKeyId);
        Assert.Equal((Member, $"arn:aws:sts::{Member}:assumed-role/{RoleName}/EcsWinReconciler"), (identity.Account, identity.Arn));
    }

    [Fact]
    public async Task GetCallerIdentity_HubsLongTermKey_IsTheHubAccount()
    {
        await using var host = await TestSandbox.StartAsync();
        using var sts = For(host);

        var identity = await sts.GetCallerIdentityAsync(new GetCallerIdentityRequest());

        Assert.Equal(SandboxAccount.AccountId, identity.Account);
    }

    [Fact]
    public async Task AssumeRole_MemberWithoutTheRole_IsAccessDeniedAsStsSaysIt()
    {
        await using var host = await TestSandbox.StartAsync();
        AddMembers(host);
        using var sts = For(host);

        var error = await Assert.ThrowsAsync<AmazonSecurityTokenServiceException>(() => sts.AssumeRoleAsync(Assume(MemberWithoutRole)));

        Assert.Equal(("AccessDenied", HttpStatusCode.Forbidden, ErrorType.Sender), (error.ErrorCode, error.StatusCode, error.ErrorType));
        Assert.Equal($"User: arn:aws:iam::{SandboxAccount.AccountId}:user/{TestSigner.AccessKey} is not authorized to perform: sts:AssumeRole on resource: {RoleArn(MemberWithoutRole)}", error.Message);
        Assert.Empty(host.Accounts.Sessions());
        Assert.Equal("AccessDenied", Assert.Single(host.Calls.Records()).ErrorCode);
    }

    [Theory]
    [InlineData("ext-wrong")]
    [InlineData(null)]
    public async Task AssumeRole_ExternalIdNotTheRoles_IsAccessDenied(string? externalId)
    {
        await using var host = await TestSandbox.StartAsync();
        AddMembers(host);
        using var sts = For(host);

        var error = await Assert.ThrowsAsync<AmazonSecurityTokenServiceException>(() => sts.AssumeRoleAsync(Assume(Member, externalId)));

        Assert.Equal("AccessDenied", error.ErrorCode);
    }

    [Fact]
    public async Task AssumeRole_FromAMembersSession_IsAccessDenied_TheRoleTrustsOnlyTheHub()
    {
        await using var host = await TestSandbox.StartAsync();
        AddMembers(host);
        host.Accounts.AddMember("999900001111", RoleName, ExternalId);
        using var hub = For(host);
        var session = (await hub.AssumeRoleAsync(Assume(Member))).Credentials;
        using var member = For(host, new SessionAWSCredentials(session.AccessKeyId, session.SecretAccessKey, session.SessionToken));

        var error = await Assert.ThrowsAsync<AmazonSecurityTokenServiceException>(() => member.AssumeRoleAsync(Assume("999900001111")));

        Assert.Contains($"User: arn:aws:sts::{Member}:assumed-role/{RoleName}/EcsWinReconciler is not authorized", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("has space", null, "roleSessionName")]
    [InlineData("x", null, "roleSessionName")]
    [InlineData("ok-name", 899, "durationSeconds")]
    public async Task AssumeRole_InvalidParameter_IsAValidationError(string sessionName, int? duration, string member)
    {
        await using var host = await TestSandbox.StartAsync();
        AddMembers(host);
        using var sts = For(host);
        var request = Assume(Member);
        request.RoleSessionName = sessionName;
        request.DurationSeconds = duration;

        var error = await Assert.ThrowsAsync<AmazonSecurityTokenServiceException>(() => sts.AssumeRoleAsync(request));

        Assert.Equal(("ValidationError", HttpStatusCode.BadRequest), (error.ErrorCode, error.StatusCode));
        Assert.Contains($"at '{member}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AssumeRole_LongerThanTheRolesMaximum_IsRefused()
    {
        await using var host = await TestSandbox.StartAsync();
        AddMembers(host);
        using var sts = For(host);
        var request = Assume(Member);
        request.DurationSeconds = 7200;

        var error = await Assert.ThrowsAsync<AmazonSecurityTokenServiceException>(() => sts.AssumeRoleAsync(request));

        Assert.Equal("The requested DurationSeconds exceeds the MaxSessionDuration set for this role.", error.Message);
    }
}
