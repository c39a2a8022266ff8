using EcsWinReconciler.Aws.Sns;
using EcsWinReconciler.Core.Alerting;

namespace EcsWinReconciler.Aws.Tests.Sns;

public class SnsAlertSinkTests
{
    private sealed class RecordingSns : ISnsApi
    {
        public List<SnsPublishRequest> Published { get; } = [];

        public Task<string> PublishAsync(SnsPublishRequest request, CancellationToken cancellationToken)
        {
            Published.Add(request);
            return Task.FromResult($"m-{Published.Count}");
        }
    }

    private static readonly AlertMessage Message = new("OPEN high: RDP open to the world", "Security group sg-0a1 allows 3389 from 0.0.0.0/0.\n{...}",
        [new("severity", "high"), new("check", "sg.forbidden-ingress"), new("cluster", "win-prod"), new("family", "iis-webserver"), new("state", "OPEN")],
        "iis-webserver:sg.forbidden-ingress:opened:1");

    [Fact]
    public async Task Publish_AlertMessage_BecomesOnePublishToTheTopic()
    {
        var sns = new RecordingSns();

        var id = await new SnsAlertSink(sns, "arn:aws:sns:eu-west-1:1:alerts").PublishAsync(Message, CancellationToken.None);

        Assert.Equal("m-1", id);
        var request = Assert.Single(sns.Published);
        Assert.Equal(("arn:aws:sns:eu-west-1:1:alerts", Message.Body, Message.Subject), (request.TopicArn, request.Message, request.Subject));
        Assert.Equal(Message.Attributes, request.Attributes);
        Assert.Equal(Message.DeduplicationId, request.MessageDeduplicationId);
        Assert.Equal(SnsAlertSink.MessageGroupId, request.MessageGroupId);
    }

    [Fact]
    public void Constructor_NoTopic_IsRefused() =>
        Assert.Throws<ArgumentException>(() => new SnsAlertSink(new RecordingSns(), " "));
}
