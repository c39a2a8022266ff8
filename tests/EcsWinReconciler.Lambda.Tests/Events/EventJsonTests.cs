using System.Text;
using EcsWinReconciler.Lambda.Events;

namespace EcsWinReconciler.Lambda.Tests.Events;

public sealed class EventJsonTests
{
    [Fact]
    public void Read_BodyWithUtf8ByteOrderMark_IsRead()
    {
        byte[] body = [0xEF, 0xBB, 0xBF, .. """{"detail-type":"Scheduled Event","source":"aws.events","detail":{}}"""u8];

        var parsed = Read(body);

        Assert.True(parsed.IsOk, parsed.Problem);
        Assert.Equal("Scheduled Event", parsed.Value.DetailType);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n ")]
    public void Read_EmptyBody_IsAProblem(string body)
    {
        Assert.Equal("the event body is empty", Read(Encoding.UTF8.GetBytes(body)).Problem);
    }

    [Fact]
    public void Read_JsonNull_IsAProblem()
    {
        Assert.Equal("the event body is JSON null", Read("null"u8.ToArray()).Problem);
    }

    [Fact]
    public void Read_Malformed_ProblemQuotesNoContent()
    {
        var parsed = Read("""{"detail-type":"Scheduled Event","secret":"AKIAIOSFODNN7EXAMPLE" """u8.ToArray());

        Assert.False(parsed.IsOk);
        Assert.StartsWith("the event body is not a readable scheduled event", parsed.Problem, StringComparison.Ordinal);
        Assert.DoesNotContain("AKIAIOSFODNN7EXAMPLE", parsed.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WrongTypeForAField_IsAProblemNotAnException()
    {
        var parsed = Read("""{"detail-type":["not","a","string"]}"""u8.ToArray());

        Assert.False(parsed.IsOk);
        Assert.Contains("detail-type", parsed.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WrongType_Issue13_NamesNoDotNetTypeAndCountsFromOne()
    {
        var parsed = Read("""{"detail": 5}"""u8.ToArray());

        Assert.Equal("the event body is not a readable scheduled event: line 1, column 13: a value has the wrong type (an object, list, string or number where another is expected) (at $.detail)", parsed.Problem);
    }

    [Fact]
    public void Read_UnknownFields_AreIgnored()
    {
        var parsed = Read("""{"detail-type":"Scheduled Event","brandNew":{"x":[1,2]},"detail":{"also":"new"}}"""u8.ToArray());

        Assert.True(parsed.IsOk, parsed.Problem);
    }

    private static Parsed<EventBridgeEvent<ScheduledDetail>> Read(byte[] body) =>
        EventJson.Read(body, EventJsonContext.Default.EventBridgeEventScheduledDetail, "scheduled event");
}
