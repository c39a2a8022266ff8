using Amazon.EC2;
using EcsWinReconciler.Aws.Ec2;
using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.TestSupport.Wire;
using Microsoft.Extensions.Time.Testing;

namespace EcsWinReconciler.Aws.Tests.Ec2;

public class Ec2ErrorTranslationTests
{
    private static readonly StubResponse Throttled = Ec2Wire.Error("RequestLimitExceeded", "Request limit exceeded.", 503);

    [Fact]
    public async Task Observer_ThrottledTwiceThenOk_IsRetriedBySdkAndSucceeds()
    {
        await using var stub = Ec2Stub.Start(maxErrorRetry: 2).OnSequence(
            "DescribeNetworkInterfaces", Throttled, Throttled, Ec2Wire.Ok("DescribeNetworkInterfaces", Ec2Xml.Enis(Ec2Xml.Eni("eni-0000000b"))));

        var batch = await Ec2NetworkObserverEniTests.Observer(stub).DescribeEnisAsync(["eni-0000000b"], CancellationToken.None);

        Assert.Equal(["eni-0000000b"], batch.Found.Keys);
        Assert.Equal(3, stub.Requests.Count);
        Assert.All(stub.Requests, r => Assert.Equal("eni-0000000b", r.FormFields()["NetworkInterfaceId.1"]));
    }

    [Fact]
    public async Task Observer_ThrottledBeyondTheSdkRetries_ThrowsTransientAdapterException()
    {
        await using var stub = Ec2Stub.Start(maxErrorRetry: 1).On("DescribeVpcs", _ => Throttled).On("DescribeVpcAttribute", _ => Throttled);

        var error = await Assert.ThrowsAsync<AdapterException>(() =>
            Ec2NetworkObserverEniTests.Observer(stub).DescribeVpcDnsAsync("vpc-0a1b2c3d", CancellationToken.None));

        Assert.Equal(("ec2", "vpc-0a1b2c3d", "RequestLimitExceeded", true), (error.Component, error.ResourceId, error.ErrorCode, error.IsTransient));
        Assert.Equal(2, stub.Calls("DescribeVpcs").Count);
        Assert.IsAssignableFrom<AmazonEC2Exception>(error.InnerException);
    }

    [Theory]
    [InlineData("InternalError", 500, true)]
    [InlineData("Unavailable", 503, true)]
    [InlineData("AuthFailure", 401, false)]
    [InlineData("InvalidParameterCombination", 400, false)]
    public async Task Observer_ServiceError_IsTransientOnlyForServerSideFailures(string code, int status, bool transient)
    {
        await using var stub = Ec2Stub.Start(maxErrorRetry: 0).On("DescribeNetworkInterfaces", _ => Ec2Wire.Error(code, "it failed", status));

        var error = await Assert.ThrowsAsync<AdapterException>(() =>
            Ec2NetworkObserverEniTests.Observer(stub).CountEnisByGroupAsync(["sg-0000000a"], CancellationToken.None));

        Assert.Equal(("DescribeNetworkInterfaces", code, transient), (error.Operation, error.ErrorCode, error.IsTransient));
    }

    [Fact]
    public async Task Observer_CallerCancelsWhileThrottled_PropagatesCancellationWithoutAnotherAttempt()
    {
        using var cancel = new CancellationTokenSource();
        await using var stub = Ec2Stub.Start(maxErrorRetry: 4).On("DescribeNetworkInterfaces", _ =>
        {
            cancel.Cancel();
            return Throttled;
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            Ec2NetworkObserverEniTests.Observer(stub).DescribeEnisAsync(["eni-0000000b"], cancel.Token));

        Assert.Single(stub.Requests);
    }

    [Fact]
    public async Task Observer_NothingListening_ThrowsTransientAdapterException()
    {
        using var client = Ec2Wire.Client(new Uri($"http://127.0.0.1:{LoopbackHttpServer.FreePort()}/"), maxErrorRetry: 0);
        var observer = new Ec2NetworkObserver(client, new Ec2ReadCache(new FakeTimeProvider()));

        var error = await Assert.ThrowsAsync<AdapterException>(() => observer.DescribeEnisAsync(["eni-0000000b"], CancellationToken.None));

        Assert.True(error.IsTransient);
        Assert.Equal("DescribeNetworkInterfaces", error.Operation);
    }
}
