using EcsWinReconciler.Lambda.Runtime;

namespace EcsWinReconciler.Lambda.Tests.Runtime;

public sealed class LambdaErrorTests
{
    [Fact]
    public void From_ThrownException_NamesTypeMessageInnerAndStack()
    {
        Exception caught;
        try
        {
            Throw();
            return;
        }
        catch (InvalidOperationException ex)
        {
            caught = ex;
        }

        var error = LambdaError.From(caught);

        Assert.Equal("System.InvalidOperationException", error.ErrorType);
        Assert.Equal("outer ---> TimeoutException: inner", error.ErrorMessage);
        Assert.NotNull(error.StackTrace);
        Assert.Contains(error.StackTrace, line => line.Contains(nameof(Throw), StringComparison.Ordinal));
    }

    [Fact]
    public void From_NeverThrownException_HasNoStack()
    {
        var error = LambdaError.From(new FormatException("bad"));

        Assert.Null(error.StackTrace);
        Assert.Equal("bad", error.ErrorMessage);
    }

    [Theory]
    [InlineData("1795608000000", 1795608000000L)]
    [InlineData("", null)]
    [InlineData("soon", null)]
    [InlineData("-5", null)]
    [InlineData("0", null)]
    [InlineData(null, null)]
    public void ParseDeadline_Header_EpochMillisecondsOrNull(string? header, long? expected)
    {
        Assert.Equal(expected, RuntimeApiClient.ParseDeadline(header)?.ToUnixTimeMilliseconds());
    }

    private static void Throw() => throw new InvalidOperationException("outer", new TimeoutException("inner"));
}
