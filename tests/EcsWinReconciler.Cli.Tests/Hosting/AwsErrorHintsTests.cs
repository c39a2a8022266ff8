using System.Net.Sockets;
using EcsWinReconciler.Cli.Hosting;
using EcsWinReconciler.Core.Ports;

namespace EcsWinReconciler.Cli.Tests.Hosting;

public sealed class AwsErrorHintsTests
{
    [Theory]
    [InlineData("UnrecognizedClientException")]
    [InlineData("ExpiredToken")]
    [InlineData("AuthFailure")]
    public void For_CredentialErrorCodes_SaysHowToGiveCredentials(string code)
    {
        var hint = AwsErrorHints.For(new AdapterException("ec2", "DescribeNetworkInterfaces", null, "no", errorCode: code), null);

        Assert.Equal(AwsErrorHints.Credentials, hint);
    }

    [Fact]
    public void For_PermissionDenied_NamesTheOperation()
    {
        var hint = AwsErrorHints.For(new AdapterException("ec2", "RevokeSecurityGroupIngress", "sg-1", "no", errorCode: "UnauthorizedOperation"), null);

        Assert.StartsWith("the identity behind these credentials may not call RevokeSecurityGroupIngress", hint);
    }

    [Fact]
    public void For_MissingTable_SaysToDeployOrCheckTheAccount()
    {
        var hint = AwsErrorHints.For(new AdapterException("dynamodb", "ListSpecs", "EwrSpecs:", "no", errorCode: "ResourceNotFoundException"), null);

        Assert.Contains("deploy the stack", hint);
    }

    [Fact]
    public void For_NothingListeningAtTheEndpoint_NamesTheEndpoint()
    {
        var error = new AdapterException("ecs", "ListTasks", null, "connection refused", isTransient: true,
            innerException: new HttpRequestException("Connection refused", new SocketException(111)));

        var hint = AwsErrorHints.For(error, new Uri("http://127.0.0.1:4566"));

        Assert.Equal("nothing answered at http://127.0.0.1:4566/: start the sandbox (or fix --endpoint-url), then run the command again", hint);
    }

    [Fact]
    public void For_NoRegion_SaysToPassRegion()
    {
        var error = new AdapterException("ec2", "DescribeVpcs", null, "x", innerException: new InvalidOperationException("No RegionEndpoint or ServiceURL configured"));

        Assert.StartsWith("no AWS region is set: pass --region", AwsErrorHints.For(error, null));
    }

    [Fact]
    public void For_Throttling_SaysToRetry()
    {
        var hint = AwsErrorHints.For(new AdapterException("ec2", "DescribeVpcs", null, "slow down", isTransient: true, errorCode: "RequestLimitExceeded"), null);

        Assert.StartsWith("AWS refused or failed for now", hint);
    }

    [Fact]
    public void For_AnythingElse_PointsAtTheOptionsAndVerbose()
    {
        var hint = AwsErrorHints.For(new AdapterException("sns", "Publish", null, "bad", errorCode: "InvalidParameter"), null);

        Assert.Contains("--verbose", hint);
    }
}
