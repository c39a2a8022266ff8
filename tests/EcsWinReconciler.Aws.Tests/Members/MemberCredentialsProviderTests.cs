using EcsWinReconciler.Aws.Configuration;
using EcsWinReconciler.Aws.Members;
using EcsWinReconciler.Aws.Tests.Configuration;
using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.TestSupport.Wire;
using Microsoft.Extensions.Time.Testing;

namespace EcsWinReconciler.Aws.Tests.Members;

public sealed class MemberCredentialsProviderTests
{
    private static readonly MemberTarget Prod = new("444455556666", "eu-west-1");
    private static readonly MemberRoleSettings Role = new("ewr-member", "ext-0123456789");
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero));

    private MemberCredentialsProvider Provider(LoopbackHttpServer sts) =>
        new(TestAws.Factory(sts.BaseAddress).CreateStsClient(), Role, _clock);

    [Fact]
    public async Task GetAsync_FirstCall_AssumesTheMemberRoleWithTheExternalIdAndSessionName()
    {
        await using var sts = LoopbackHttpServer.Start(r => StsStub.AssumeRole(r, _clock.GetUtcNow().AddHours(1)));
        using var provider = Provider(sts);

        var credentials = await provider.GetAsync(Prod, CancellationToken.None);

        var fields = Assert.Single(sts.Requests).FormFields();
        Assert.Equal("arn:aws:iam::444455556666:role/ewr-member", fields["RoleArn"]);
        Assert.Equal("ext-0123456789", fields["ExternalId"]);
        Assert.Equal("EcsWinReconciler", fields["RoleSessionName"]);
        Assert.Equal("3600", fields["DurationSeconds"]);
        Assert.Equal(("ASIA4444555566660001", "token-444455556666-1"), (credentials.AccessKey, credentials.Token));
    }

    [Fact]
    public async Task GetAsync_UntilTheMarginBeforeExpiry_HoldsTheCredentials_ThenAssumesAgain()
    {
        var serial = 0;
        await using var sts = LoopbackHttpServer.Start(r => StsStub.AssumeRole(r, _clock.GetUtcNow().AddHours(1), Interlocked.Increment(ref serial)));
        using var provider = Provider(sts);

        var first = await provider.GetAsync(Prod, CancellationToken.None);
        _clock.Advance(TimeSpan.FromHours(1) - MemberCredentialsProvider.RefreshMargin - TimeSpan.FromSeconds(1));
        var held = await provider.GetAsync(Prod, CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(1));
        var renewed = await provider.GetAsync(Prod, CancellationToken.None);

        Assert.Equal(2, sts.Requests.Count);
        Assert.Equal(first.AccessKey, held.AccessKey);
        Assert.NotEqual(first.AccessKey, renewed.AccessKey);
    }

    [Fact]
    public async Task GetAsync_EachAccountAndRegion_HasItsOwnSession()
    {
        await using var sts = LoopbackHttpServer.Start(r => StsStub.AssumeRole(r, _clock.GetUtcNow().AddHours(1)));
        using var provider = Provider(sts);

        var prod = await provider.GetAsync(Prod, CancellationToken.None);
        var prodAgain = await provider.GetAsync(Prod with { }, CancellationToken.None);
        var staging = await provider.GetAsync(new MemberTarget("777788889999", "eu-west-1"), CancellationToken.None);
        await provider.GetAsync(new MemberTarget("444455556666", "us-east-2"), CancellationToken.None);

        Assert.Equal(prod.AccessKey, prodAgain.AccessKey);
        Assert.StartsWith("ASIA777788889999", staging.AccessKey, StringComparison.Ordinal);
        Assert.Equal(3, sts.Requests.Count);
    }

    [Fact]
    public async Task GetAsync_ConcurrentCallsForOneMember_AssumeTheRoleOnce()
    {
        await using var sts = LoopbackHttpServer.Start(r => StsStub.AssumeRole(r, _clock.GetUtcNow().AddHours(1)));
        using var provider = Provider(sts);

        var all = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => provider.GetAsync(Prod, CancellationToken.None)));

        Assert.Single(sts.Requests);
        Assert.Single(all.Select(c => c.AccessKey).Distinct());
    }

    [Fact]
    public async Task GetAsync_MemberWithoutTheRole_FailsAsAnAdapterErrorNamingTheRole_AndIsAskedAgainNextTime()
    {
        await using var sts = LoopbackHttpServer.Start(StsStub.AccessDenied);
        using var provider = Provider(sts);

        var error = await Assert.ThrowsAsync<AdapterException>(() => provider.GetAsync(Prod, CancellationToken.None));
        await Assert.ThrowsAsync<AdapterException>(() => provider.GetAsync(Prod, CancellationToken.None));

        Assert.Equal(("sts", "AssumeRole", "arn:aws:iam::444455556666:role/ewr-member", "AccessDenied", false),
            (error.Component, error.Operation, error.ResourceId, error.ErrorCode, error.IsTransient));
        Assert.Equal(2, sts.Requests.Count);
    }

    [Fact]
    public void RefreshMargin_IsFiveMinutes_TheSkewSigV4Accepts()
    {
        Assert.Equal(TimeSpan.FromMinutes(5), MemberCredentialsProvider.RefreshMargin);
    }

    [Theory]
    [InlineData("44445555666")]
    [InlineData("4444555566667")]
    [InlineData("44445555666x")]
    public void MemberTarget_NotATwelveDigitAccount_IsRefused(string account)
    {
        Assert.Throws<ArgumentException>(() => new MemberTarget(account, "eu-west-1"));
    }

    [Fact]
    public void RoleArn_FollowsThePartition()
    {
        Assert.Equal("arn:aws-cn:iam::444455556666:role/ewr-member", (Role with { Partition = "aws-cn" }).RoleArn(Prod));
        Assert.Equal("STS", AwsService.Sts.ServiceId);
    }
}
