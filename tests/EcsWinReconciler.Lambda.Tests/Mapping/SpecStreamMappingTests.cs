using EcsWinReconciler.Core.Specs;
using EcsWinReconciler.Lambda.Events;
using EcsWinReconciler.Lambda.Mapping;
using EcsWinReconciler.Lambda.Tests.Support;

namespace EcsWinReconciler.Lambda.Tests.Mapping;

public sealed class SpecStreamMappingTests
{
    private static readonly string WebDoc = StreamEvents.Document("web", "win-prod", "iis-webserver");
    private static readonly string ApiDoc = StreamEvents.Document("web", "win-prod", "api");

    [Fact]
    public void ToSpecChanges_SampleModify_HasTheOldAndNewSelectors()
    {
        var change = Assert.Single(Map(SampleEvents.Text(SampleEvents.SpecChangeModify)).Value!.Changes);

        Assert.Equal("iis-webserver", change.Name);
        Assert.Equal("MODIFY", change.EventName);
        Assert.Equal(new TaskSelector("win-prod", "iis-webserver"), change.OldSelector);
        Assert.Equal(new TaskSelector("win-prod", "iis-webserver"), change.NewSelector);
        Assert.False(change.Unreadable);
    }

    [Fact]
    public void ToSpecChanges_SelectorMoved_HasBoth()
    {
        var batch = Map(StreamEvents.Batch(StreamEvents.Record("MODIFY", "web", StreamEvents.Image("web", WebDoc), StreamEvents.Image("web", ApiDoc, 2)))).Value!;

        Assert.Equal([new TaskSelector("win-prod", "iis-webserver"), new TaskSelector("win-prod", "api")], batch.Changes[0].Selectors);
    }

    [Fact]
    public void ToSpecChanges_Insert_HasOnlyTheNewSelector()
    {
        var change = Map(StreamEvents.Batch(StreamEvents.Record("INSERT", "web", null, StreamEvents.Image("web", WebDoc)))).Value!.Changes[0];

        Assert.Null(change.OldSelector);
        Assert.Equal(new TaskSelector("win-prod", "iis-webserver"), change.NewSelector);
        Assert.False(change.Unreadable);
    }

    [Fact]
    public void ToSpecChanges_Remove_HasOnlyTheOldSelector()
    {
        var change = Map(StreamEvents.Batch(StreamEvents.Record("REMOVE", "web", StreamEvents.Image("web", WebDoc), null))).Value!.Changes[0];

        Assert.Equal(new TaskSelector("win-prod", "iis-webserver"), change.OldSelector);
        Assert.Null(change.NewSelector);
        Assert.False(change.Unreadable);
    }

    [Fact]
    public void ToSpecChanges_KeysOnlyStream_IsUnreadable()
    {
        var change = Map(StreamEvents.Batch(StreamEvents.Record("REMOVE", "web", null, null))).Value!.Changes[0];

        Assert.True(change.Unreadable);
        Assert.Empty(change.Selectors);
    }

    [Fact]
    public void ToSpecChanges_YamlDocument_IsUnreadable()
    {
        var change = Map(StreamEvents.Batch(StreamEvents.Record("INSERT", "web", null, StreamEvents.Image("web", "spec:\n  selector: { cluster: a, family: b }\n")))).Value!.Changes[0];

        Assert.True(change.Unreadable);
    }

    [Fact]
    public void ToSpecChanges_BadRecords_AreRejectedOneByOne()
    {
        var noName = StreamEvents.Record("INSERT", "web", null, StreamEvents.Image("web", WebDoc));
        noName["dynamodb"]!["Keys"] = new System.Text.Json.Nodes.JsonObject();
        noName["dynamodb"]!["NewImage"]!.AsObject().Remove("name");
        var badEvent = StreamEvents.Record("TRUNCATE", "web", null, null);
        var otherSource = StreamEvents.Record("INSERT", "web", null, StreamEvents.Image("web", WebDoc));
        otherSource["eventSource"] = "aws:kinesis";
        var good = StreamEvents.Record("INSERT", "web", null, StreamEvents.Image("web", WebDoc));

        var batch = Map(StreamEvents.Batch(noName, badEvent, otherSource, good)).Value!;

        Assert.Single(batch.Changes);
        Assert.Equal(3, batch.Problems.Count);
        Assert.StartsWith("Records[0]: no spec name", batch.Problems[0], StringComparison.Ordinal);
        Assert.StartsWith("Records[1]: eventName", batch.Problems[1], StringComparison.Ordinal);
        Assert.StartsWith("Records[2]: eventSource", batch.Problems[2], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"Records":[]}""")]
    [InlineData("""{"detail-type":"Scheduled Event"}""")]
    public void ToSpecChanges_NoRecords_IsAProblem(string json)
    {
        Assert.False(Map(json).IsOk);
    }

    [Theory]
    [InlineData("""{"spec":{"selector":{"cluster":"c","family":"*"}}}""", "c", "*")]
    [InlineData("""{"spec":{"selector":{"cluster":"c"}}}""", null, null)]
    [InlineData("""{"spec":{"selector":{"cluster":"","family":"f"}}}""", null, null)]
    [InlineData("""{"spec":{"selector":"c/f"}}""", null, null)]
    [InlineData("""[1,2]""", null, null)]
    [InlineData("not json", null, null)]
    [InlineData("", null, null)]
    public void SpecDocumentSelector_Document_SelectorOrNull(string document, string? cluster, string? family)
    {
        Assert.Equal(cluster is null ? null : new TaskSelector(cluster, family!), SpecDocumentSelector.Read(document));
    }

    private static Parsed<SpecChangeBatch> Map(string json)
    {
        var stream = EventJson.Read(SampleEvents.Utf8(json), EventJsonContext.Default.DynamoDbStreamEvent, "stream");
        Assert.True(stream.IsOk, stream.Problem);
        return SpecStreamMapping.ToSpecChanges(stream.Value);
    }
}
