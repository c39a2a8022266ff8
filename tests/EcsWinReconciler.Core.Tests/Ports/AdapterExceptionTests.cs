using EcsWinReconciler.Core.Ports;

namespace EcsWinReconciler.Core.Tests.Ports;

public class AdapterExceptionTests
{
    [Fact]
    public void Message_WithAResource_NamesComponentOperationAndResource()
    {
        var error = new AdapterException("ec2", "DescribeNetworkInterfaces", "eni-0abc", "UnauthorizedOperation: not allowed");

        Assert.Equal("ec2 DescribeNetworkInterfaces (eni-0abc): UnauthorizedOperation: not allowed", error.Message);
    }

    [Fact]
    public void Message_WithoutAResource_HasNoParentheses() =>
        Assert.Equal("sns Publish: no alert topic configured", new AdapterException("sns", "Publish", null, "no alert topic configured").Message);

    [Fact]
    public void Properties_AsGiven_AreKeptForTheCaller()
    {
        var cause = new TimeoutException("slow");

        var error = new AdapterException("dynamodb", "PutItem", "Specs/web", "timed out", isTransient: true, errorCode: "RequestTimeout", innerException: cause);

        Assert.Equal(("dynamodb", "PutItem", "Specs/web", true, "RequestTimeout"), (error.Component, error.Operation, error.ResourceId, error.IsTransient, error.ErrorCode));
        Assert.Same(cause, error.InnerException);
    }

    [Fact]
    public void Defaults_NotSaid_AreNotTransientAndHaveNoCode()
    {
        var error = new AdapterException("ecs", "StopTask", "arn:task", "AccessDeniedException");

        Assert.False(error.IsTransient);
        Assert.Null(error.ErrorCode);
    }

    [Fact]
    public void MessageOnlyConstructor_UnknownComponentAndOperation() =>
        Assert.Equal("unknown unknown: broken", new AdapterException("broken").Message);
}
