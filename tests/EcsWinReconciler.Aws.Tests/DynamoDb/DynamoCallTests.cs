using System.Net;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using EcsWinReconciler.Aws.DynamoDb;
using EcsWinReconciler.Core.Ports;

namespace EcsWinReconciler.Aws.Tests.DynamoDb;

public sealed class DynamoCallTests
{
    public static TheoryData<Exception, bool> Failures => new()
    {
        { new ProvisionedThroughputExceededException("slow down") { ErrorCode = "ProvisionedThroughputExceededException" }, true },
        { new AmazonDynamoDBExceptionWith("ThrottlingException", HttpStatusCode.BadRequest), true },
        { new InternalServerErrorException("boom") { StatusCode = HttpStatusCode.InternalServerError }, true },
        { new AmazonDynamoDBExceptionWith("ServiceUnavailable", HttpStatusCode.ServiceUnavailable), true },
        { new ResourceNotFoundException("no table") { ErrorCode = "ResourceNotFoundException", StatusCode = HttpStatusCode.BadRequest }, false },
        { new AmazonDynamoDBExceptionWith("ValidationException", HttpStatusCode.BadRequest), false },
        { new HttpRequestException("connection refused"), true },
        { new TaskCanceledException("the SDK's own timeout"), true },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task RunAsync_SdkFailure_AdapterExceptionWithContextAndTransience(Exception failure, bool transient)
    {
        var error = await Assert.ThrowsAsync<AdapterException>(() => DynamoCall.RunAsync<object>(() => throw failure, "PutStatus", "State", "TASK#t/STATUS", CancellationToken.None));

        Assert.Equal(("dynamodb", "PutStatus", "State:TASK#t/STATUS"), (error.Component, error.Operation, error.ResourceId));
        Assert.Equal(transient, error.IsTransient);
        Assert.Same(failure, error.InnerException);
        Assert.Equal((failure as AmazonServiceException)?.ErrorCode, error.ErrorCode);
    }

    [Fact]
    public async Task TryConditionalAsync_ConditionFailed_Null() =>
        Assert.Null(await DynamoCall.TryConditionalAsync<object>(() => throw new ConditionalCheckFailedException("no"), "op", "t", "k", CancellationToken.None));

    [Fact]
    public async Task RunAsync_ConditionFailed_LeftForTheCaller() =>
        await Assert.ThrowsAsync<ConditionalCheckFailedException>(() => DynamoCall.RunAsync<object>(() => throw new ConditionalCheckFailedException("no"), "op", "t", "k", CancellationToken.None));

    [Fact]
    public async Task RunAsync_OurCancellation_PropagatesAsIs()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAsync<OperationCanceledException>(() => DynamoCall.RunAsync<object>(() => throw new OperationCanceledException(cancelled.Token), "op", "t", "k", cancelled.Token));
    }

    private sealed class AmazonDynamoDBExceptionWith : Amazon.DynamoDBv2.AmazonDynamoDBException
    {
        public AmazonDynamoDBExceptionWith(string code, HttpStatusCode status)
            : base(code)
        {
            ErrorCode = code;
            StatusCode = status;
        }
    }
}
