using System.Net.Sockets;
using EcsWinReconciler.Cli.Hosting;
using EcsWinReconciler.Core.Ports;

namespace EcsWinReconciler.Cli.Tests.Hosting;

public sealed class AwsFailureTextTests
{
    private static readonly Uri Endpoint = new("http://127.0.0.1:4566");

    [Fact]
    public void Describe_Timeout_NamesTheServiceTheEndpointAndTheOption()
    {
        var error = new AdapterException("dynamodb", "ListAlerts", "State:-", "TaskCanceledException: A task was canceled.", isTransient: true,
            innerException: new TaskCanceledException("A task was canceled.", new TimeoutException("The operation was canceled.")));

        var text = AwsFailureText.Describe(error, Endpoint, TimeSpan.FromSeconds(30));

        Assert.Equal("DynamoDB ListAlerts (State:-) failed at http://127.0.0.1:4566/: no answer within 30 s (--read-timeout; --connect-timeout for the connection)", text);
    }

    [Fact]
    public void Describe_ConnectionRefused_SaysSo()
    {
        var error = new AdapterException("ecs", "ListTasks", null, "HttpRequestException: Connection refused", isTransient: true,
            innerException: new HttpRequestException("Connection refused (127.0.0.1:4566)", new SocketException(111)));

        Assert.Equal("ECS ListTasks failed at http://127.0.0.1:4566/: the endpoint could not be reached (connection refused)", AwsFailureText.Describe(error, Endpoint, TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public void Describe_ServiceError_GivesItsCodeAndMessage()
    {
        var error = new AdapterException("ec2", "DescribeVpcs", "vpc-1", "InvalidVpcID.NotFound: The vpc ID 'vpc-1' does not exist", errorCode: "InvalidVpcID.NotFound",
            innerException: new Amazon.EC2.AmazonEC2Exception("The vpc ID 'vpc-1' does not exist") { ErrorCode = "InvalidVpcID.NotFound" });

        Assert.Equal("EC2 DescribeVpcs (vpc-1) failed: InvalidVpcID.NotFound: The vpc ID 'vpc-1' does not exist", AwsFailureText.Describe(error, null, TimeSpan.FromSeconds(30)));
    }

    [Theory]
    [InlineData("AmazonClientException: Failed to resolve AWS credentials.", "Failed to resolve AWS credentials.")]
    [InlineData("System.Net.Http.HttpRequestException: Name or service not known", "Name or service not known")]
    [InlineData("no spec: ConfigurationException: EWR_X is wrong", "no spec: EWR_X is wrong")]
    public void WithoutTypeNames_TakesTheTypeOut(string message, string expected)
    {
        Assert.Equal(expected, AwsFailureText.WithoutTypeNames(message));
    }
}
