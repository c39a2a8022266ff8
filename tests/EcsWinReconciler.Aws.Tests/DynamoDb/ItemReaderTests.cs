using Amazon.DynamoDBv2.Model;
using EcsWinReconciler.Aws.DynamoDb;
using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Ports;

namespace EcsWinReconciler.Aws.Tests.DynamoDb;

public sealed class ItemReaderTests
{
    private static ItemReader Reader(string name, AttributeValue value) => new(new Dictionary<string, AttributeValue> { [name] = value }, "State", "ALERT#k/ALERT");

    [Theory]
    [InlineData("High")]
    [InlineData("Critical")]
    public void Enum_DefinedName_Parsed(string text) =>
        Assert.Equal(Enum.Parse<Severity>(text), Reader("severity", new() { S = text }).Enum<Severity>("severity"));

    [Theory]
    [InlineData("Catastrophic")]
    [InlineData("high")]
    [InlineData("3")]
    [InlineData("Low, Medium")]
    public void Enum_AnythingButADefinedName_FailsLoudlyWithTableAndKey(string text)
    {
        var error = Assert.Throws<AdapterException>(() => Reader("severity", new() { S = text }).Enum<Severity>("severity"));

        Assert.Equal("State:ALERT#k/ALERT", error.ResourceId);
        Assert.Contains($"unknown Severity \"{text}\"", error.Message, StringComparison.Ordinal);
        Assert.Equal("InvalidStoredItem", error.ErrorCode);
    }

    [Fact]
    public void String_MissingOrWrongType_FailsNamingTheAttribute()
    {
        Assert.Contains("\"other\" is missing", Assert.Throws<AdapterException>(() => Reader("x", new() { S = "a" }).String("other")).Message, StringComparison.Ordinal);
        Assert.Contains("\"x\" is not a string", Assert.Throws<AdapterException>(() => Reader("x", new() { N = "1" }).String("x")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Optional_AbsentOrNull_Null()
    {
        Assert.Null(Reader("x", new() { NULL = true }).OptionalString("x"));
        Assert.Null(Reader("x", new() { S = "a" }).OptionalTime("y"));
        Assert.Empty(Reader("x", new() { S = "a" }).StringSet("tasks"));
    }

    [Fact]
    public void Maps_NestedFailure_NamesThePathInsideTheItem()
    {
        var value = new AttributeValue { L = [new() { M = new() { ["severity"] = new() { S = "Meh" } } }] };

        var error = Assert.Throws<AdapterException>(() => Reader("findings", value).Maps("findings")[0].Enum<Severity>("severity"));

        Assert.Equal("State:ALERT#k/ALERT.findings[0]", error.ResourceId);
    }
}
