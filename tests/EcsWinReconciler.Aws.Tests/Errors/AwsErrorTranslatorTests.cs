using System.Net;
using Amazon.DynamoDBv2.Model;
using Amazon.EC2;
using Amazon.Runtime;
using EcsWinReconciler.Aws.Errors;
using EcsWinReconciler.Core.Ports;

namespace EcsWinReconciler.Aws.Tests.Errors;

public class AwsErrorTranslatorTests
{
    private static AwsErrorFacts Facts(string component) =>
        new[] { AwsErrorFacts.Ec2, AwsErrorFacts.Ecs, AwsErrorFacts.Sns, AwsErrorFacts.DynamoDb }.Single(f => f.Component == component);

    private static AmazonServiceException Answer(string code, HttpStatusCode status) => new("it failed", null, ErrorType.Sender, code, "req-1", status);

    // Moved from Ec2ErrorTranslationTests (Ec2Errors.Translate), now with EC2's facts.
    [Fact]
    public void Translate_TimeoutNotAskedForByTheCaller_IsTransient()
    {
        var error = AwsErrorTranslator.Translate(new TaskCanceledException("HttpClient.Timeout"), AwsErrorFacts.Ec2, "DescribeVpcs", "vpc-1", CancellationToken.None);

        Assert.NotNull(error);
        Assert.True(error.IsTransient);
    }

    [Fact]
    public void Translate_CancellationAskedForByTheCaller_IsNotTranslated()
    {
        Assert.Null(AwsErrorTranslator.Translate(new OperationCanceledException(), AwsErrorFacts.Ec2, "DescribeVpcs", "vpc-1", new CancellationToken(canceled: true)));
    }

    [Fact]
    public void Translate_ProgrammingError_IsNotDisguisedAsAnAdapterFailure()
    {
        Assert.Null(AwsErrorTranslator.Translate(new NullReferenceException(), AwsErrorFacts.Ec2, "DescribeVpcs", "vpc-1", CancellationToken.None));
    }

    [Fact]
    public void Translate_TooManyRequests_IsTransient()
    {
        var service = new AmazonEC2Exception("slow down", ErrorType.Sender, "SlowDown", "req", HttpStatusCode.TooManyRequests);

        Assert.True(AwsErrorTranslator.Translate(service, AwsErrorFacts.Ec2, "DescribeVpcs", null, CancellationToken.None)?.IsTransient);
    }

    [Theory]
    [InlineData("ec2", "RequestLimitExceeded")]
    [InlineData("ec2", "Unavailable")]
    [InlineData("ecs", "ThrottlingException")]
    [InlineData("ecs", "ServerException")]
    [InlineData("sns", "Throttling")]
    [InlineData("sns", "KMSThrottling")]
    [InlineData("dynamodb", "ProvisionedThroughputExceededException")]
    [InlineData("dynamodb", "RequestLimitExceeded")]
    public void Translate_ServiceThrottlingOrFailureCode_IsTransientWithItsContext(string component, string code)
    {
        var failure = AwsErrorTranslator.Translate(Answer(code, HttpStatusCode.BadRequest), Facts(component), "Op", "res-1", CancellationToken.None);

        Assert.NotNull(failure);
        Assert.Equal((component, "Op", "res-1", code, true, false), (failure.Component, failure.Operation, failure.ResourceId, failure.ErrorCode, failure.IsTransient, failure.IsNetwork));
    }

    [Theory]
    [InlineData("sns", "RequestLimitExceeded")]
    [InlineData("ecs", "ClusterNotFoundException")]
    [InlineData("ec2", "InvalidGroup.NotFound")]
    [InlineData("dynamodb", "ValidationException")]
    public void Translate_CodeNotAmongTheServiceFacts_IsPermanent(string component, string code) =>
        Assert.False(AwsErrorTranslator.Translate(Answer(code, HttpStatusCode.BadRequest), Facts(component), "Op", null, CancellationToken.None)?.IsTransient);

    [Fact]
    public void Translate_ServerErrorStatus_IsTransientForEveryService() =>
        Assert.All(new[] { "ec2", "ecs", "sns", "dynamodb" }, component =>
            Assert.True(AwsErrorTranslator.Translate(Answer("Whatever", HttpStatusCode.BadGateway), Facts(component), "Op", null, CancellationToken.None)?.IsTransient));

    [Fact]
    public void Translate_ClientExceptionCausedByTheNetwork_IsTransientNetwork()
    {
        var failure = AwsErrorTranslator.Translate(new AmazonClientException("send failed", new HttpRequestException("refused")), AwsErrorFacts.Sns, "Publish", null, CancellationToken.None);

        Assert.Equal((true, true), (failure?.IsTransient, failure?.IsNetwork));
    }

    [Fact]
    public void Translate_ClientExceptionOnOurSide_IsPermanent()
    {
        var failure = AwsErrorTranslator.Translate(new AmazonClientException("Unable to get IAM security credentials"), AwsErrorFacts.DynamoDb, "GetItem", null, CancellationToken.None);

        Assert.Equal((false, false), (failure?.IsTransient, failure?.IsNetwork));
    }

    [Fact]
    public void Translate_AlreadyAnAdapterException_IsNotTranslatedAgain() =>
        Assert.Null(AwsErrorTranslator.Translate(new AdapterException("ec2", "DescribeVpcs", null, "done"), AwsErrorFacts.Ec2, "DescribeVpcs", null, CancellationToken.None));

    [Fact]
    public void ToException_ServiceAnswer_CarriesCodeContextAndCause()
    {
        var cause = new ResourceNotFoundException("Requested resource not found") { ErrorCode = "ResourceNotFoundException", StatusCode = HttpStatusCode.BadRequest };

        var error = AwsErrorTranslator.Translate(cause, AwsErrorFacts.DynamoDb, "GetItem", "State:k", CancellationToken.None)!.ToException();

        Assert.Equal(("dynamodb", "GetItem", "State:k", "ResourceNotFoundException", false), (error.Component, error.Operation, error.ResourceId, error.ErrorCode, error.IsTransient));
        Assert.Equal("dynamodb GetItem (State:k): ResourceNotFoundException: Requested resource not found", error.Message);
        Assert.Same(cause, error.InnerException);
    }
}
