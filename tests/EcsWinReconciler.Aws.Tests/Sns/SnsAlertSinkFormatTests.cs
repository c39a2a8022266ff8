using EcsWinReconciler.Aws.Sns;
using EcsWinReconciler.Core.Alerting;

namespace EcsWinReconciler.Aws.Tests.Sns;

/// <summary>Issue 14: the chat format instead of or beside the text, each message keeping every attribute for filters.</summary>
public sealed class SnsAlertSinkFormatTests
{
    private const string Topic = "arn:aws:sns:eu-west-1:111122223333:alerts";

    private static readonly AlertMessage Message = new("OPEN critical sg.forbidden-ingress", "RDP is open.\n{...}",
        [new("severity", "critical"), new("check", "sg.forbidden-ingress"), new("cluster", "win-prod"), new("family", "iis-webserver"), new("state", "OPEN"), new("kind", "opened")],
        "0123abcd")
    {
        ChatBody = """{"version":"1.0","source":"custom"}""",
    };

    [Fact]
    public async Task Publish_Both_TextThenChat_EachWithEveryAttributeAndItsFormat()
    {
        var sns = new RecordingSns();

        var id = await new SnsAlertSink(sns, Topic, formats: AlertFormats.Both).PublishAsync(Message, CancellationToken.None);

        Assert.Equal("m-1", id);
        Assert.Equal([Message.Body, Message.ChatBody], sns.Published.Select(p => p.Message));
        Assert.Equal(["text", "chat"], sns.Published.Select(p => p.Attributes.Single(a => a.Key == SnsAlertSink.FormatAttribute).Value));
        Assert.All(sns.Published, p => Assert.Equal([.. Message.Attributes], p.Attributes.Where(a => a.Key != SnsAlertSink.FormatAttribute)));
        Assert.Equal(["0123abcd", "0123abcd-chat"], sns.Published.Select(p => p.MessageDeduplicationId));
        Assert.All(sns.Published, p => Assert.Equal(Message.Subject, p.Subject));
    }

    [Fact]
    public async Task Publish_ChatOnly_OneChatMessage()
    {
        var sns = new RecordingSns();

        await new SnsAlertSink(sns, Topic, formats: AlertFormats.Chat).PublishAsync(Message, CancellationToken.None);

        var request = Assert.Single(sns.Published);
        Assert.Equal(Message.ChatBody, request.Message);
        Assert.Contains(new KeyValuePair<string, string>(SnsAlertSink.FormatAttribute, "chat"), request.Attributes);
    }

    [Fact]
    public async Task Publish_TextOnly_KeepsTheAttributesAsTheyWere()
    {
        var sns = new RecordingSns();

        await new SnsAlertSink(sns, Topic).PublishAsync(Message, CancellationToken.None);

        var request = Assert.Single(sns.Published);
        Assert.Equal(Message.Body, request.Message);
        Assert.Equal([.. Message.Attributes], request.Attributes);
    }

    [Fact]
    public async Task Publish_ChatWithoutAChatRendering_SendsTheText()
    {
        var sns = new RecordingSns();

        await new SnsAlertSink(sns, Topic, formats: AlertFormats.Chat).PublishAsync(Message with { ChatBody = null }, CancellationToken.None);

        Assert.Equal(Message.Body, Assert.Single(sns.Published).Message);
    }

    private sealed class RecordingSns : ISnsApi
    {
        public List<SnsPublishRequest> Published { get; } = [];

        public Task<string> PublishAsync(SnsPublishRequest request, CancellationToken cancellationToken)
        {
            Published.Add(request);
            return Task.FromResult($"m-{Published.Count}");
        }
    }
}
