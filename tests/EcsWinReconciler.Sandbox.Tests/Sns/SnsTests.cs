using System.Net;
using System.Xml.Linq;
using EcsWinReconciler.Sandbox.Scenarios;
using EcsWinReconciler.Sandbox.Tests.Support;

namespace EcsWinReconciler.Sandbox.Tests.Sns;

public class SnsTests
{
    private static readonly XNamespace Ns = "http://sns.amazonaws.com/doc/2010-03-31/";

    [Fact]
    public async Task Publish_WithAttributes_MessageIdAnsweredAndMessageKept()
    {
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);

        var (status, body) = await wire.SnsAsync(
            ("Action", "Publish"), ("TopicArn", ScenarioIds.TopicArn), ("Subject", "[high] RDP open on sg-0123456789abcdef0"), ("Message", "body"),
            ("MessageAttributes.entry.1.Name", "severity"), ("MessageAttributes.entry.1.Value.DataType", "String"), ("MessageAttributes.entry.1.Value.StringValue", "high"),
            ("MessageAttributes.entry.2.Name", "state"), ("MessageAttributes.entry.2.Value.DataType", "String"), ("MessageAttributes.entry.2.Value.StringValue", "OPEN"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(Ns + "PublishResponse", body.Name);
        var messageId = body.Element(Ns + "PublishResult")!.Element(Ns + "MessageId")!.Value;
        Assert.NotEmpty(body.Element(Ns + "ResponseMetadata")!.Element(Ns + "RequestId")!.Value);
        var kept = Assert.Single(host.Admin.PublishedMessages());
        Assert.Equal((messageId, "body", "high", "OPEN"), (kept.MessageId, kept.Message, kept.Attribute("severity"), kept.Attribute("state")));
        Assert.Equal("[high] RDP open on sg-0123456789abcdef0", kept.Subject);
    }

    [Theory]
    [InlineData(99, true)]
    [InlineData(100, false)]
    public async Task Publish_SubjectLength_AcceptedOnlyBelowHundred(int length, bool accepted)
    {
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);

        var (status, body) = await wire.SnsAsync(("Action", "Publish"), ("TopicArn", ScenarioIds.TopicArn), ("Subject", new string('s', length)), ("Message", "m"));

        Assert.Equal(accepted ? HttpStatusCode.OK : HttpStatusCode.BadRequest, status);
        Assert.Equal(accepted ? 1 : 0, host.Admin.PublishedMessages().Count);
        if (!accepted)
        {
            Assert.Equal("InvalidParameter", body.Descendants(Ns + "Code").Single().Value);
            Assert.Equal("Sender", body.Descendants(Ns + "Type").Single().Value);
        }
    }

    [Theory]
    [InlineData("line\nbreak")]
    [InlineData("naïve")]
    [InlineData(" leading space")]
    public async Task Publish_SubjectNotPrintableAscii_InvalidParameter(string subject)
    {
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);

        var (_, body) = await wire.SnsAsync(("Action", "Publish"), ("TopicArn", ScenarioIds.TopicArn), ("Subject", subject), ("Message", "m"));

        Assert.Equal("InvalidParameter", body.Descendants(Ns + "Code").Single().Value);
    }

    [Fact]
    public async Task Publish_JsonStructureWithoutDefault_InvalidParameter()
    {
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);

        var (_, body) = await wire.SnsAsync(("Action", "Publish"), ("TopicArn", ScenarioIds.TopicArn), ("MessageStructure", "json"), ("Message", """{"email":"x"}"""));

        Assert.Equal("InvalidParameter", body.Descendants(Ns + "Code").Single().Value);
    }

    [Fact]
    public async Task Publish_EmptyAttributeValue_ParameterValueInvalid()
    {
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);

        var (_, body) = await wire.SnsAsync(("Action", "Publish"), ("TopicArn", ScenarioIds.TopicArn), ("Message", "m"),
            ("MessageAttributes.entry.1.Name", "severity"), ("MessageAttributes.entry.1.Value.DataType", "String"));

        Assert.Equal("ParameterValueInvalid", body.Descendants(Ns + "Code").Single().Value);
    }

    [Fact]
    public async Task Publish_UnknownTopic_NotFound404()
    {
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);

        var (status, body) = await wire.SnsAsync(("Action", "Publish"), ("TopicArn", "arn:aws:sns:us-east-1:111122223333:nope"), ("Message", "m"));

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("NotFound", body.Descendants(Ns + "Code").Single().Value);
    }

    [Fact]
    public async Task CreateTopicThenListTopics_NewTopicListedAndCreateIsIdempotent()
    {
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);

        var (_, first) = await wire.SnsAsync(("Action", "CreateTopic"), ("Name", "ops-alerts"));
        var (_, second) = await wire.SnsAsync(("Action", "CreateTopic"), ("Name", "ops-alerts"));
        var (_, list) = await wire.SnsAsync(("Action", "ListTopics"));

        var arn = first.Descendants(Ns + "TopicArn").Single().Value;
        Assert.Equal("arn:aws:sns:us-east-1:111122223333:ops-alerts", arn);
        Assert.Equal(arn, second.Descendants(Ns + "TopicArn").Single().Value);
        Assert.Equal([ScenarioIds.TopicArn, arn], list.Descendants(Ns + "member").Select(m => m.Element(Ns + "TopicArn")!.Value));
    }
}
