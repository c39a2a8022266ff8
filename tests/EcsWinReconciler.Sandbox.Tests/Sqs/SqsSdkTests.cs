using Amazon.Runtime;
using Amazon.SQS;
using Amazon.SQS.Model;
using EcsWinReconciler.Sandbox.Hosting;
using EcsWinReconciler.Sandbox.Scenarios;
using EcsWinReconciler.Sandbox.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace EcsWinReconciler.Sandbox.Tests.Sqs;

/// <summary>The sandbox's SQS, read and written by AWSSDK.SQS itself (JSON protocol, its MD5 checks on bodies).</summary>
public sealed class SqsSdkTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 12, 5, 10, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task SendMessage_WithDelay_InvisibleUntilTheDelayEnds()
    {
        var clock = new FakeTimeProvider(Clock.GetUtcNow());
        await using var host = await SandboxHost.StartAsync("healthy", new SandboxOptions { TimeProvider = clock });
        using var sqs = Client(host);

        var sent = await sqs.SendMessageAsync(new SendMessageRequest { QueueUrl = ScenarioIds.RecheckQueueUrl, MessageBody = "{\"a\":1}", DelaySeconds = 40 });
        var early = await sqs.ReceiveMessageAsync(new ReceiveMessageRequest { QueueUrl = ScenarioIds.RecheckQueueUrl, MaxNumberOfMessages = 10 });
        clock.Advance(TimeSpan.FromSeconds(40));
        var due = await sqs.ReceiveMessageAsync(new ReceiveMessageRequest { QueueUrl = ScenarioIds.RecheckQueueUrl, MaxNumberOfMessages = 10 });

        Assert.Empty(early.Messages ?? []);
        var message = Assert.Single(due.Messages);
        Assert.Equal((sent.MessageId, "{\"a\":1}"), (message.MessageId, message.Body));
    }

    [Fact]
    public async Task DeleteMessage_AfterReceive_TheQueueIsEmpty()
    {
        await using var host = await TestSandbox.StartAsync();
        using var sqs = Client(host);
        await sqs.SendMessageAsync(new SendMessageRequest { QueueUrl = ScenarioIds.RecheckQueueUrl, MessageBody = "x" });

        var received = Assert.Single((await sqs.ReceiveMessageAsync(new ReceiveMessageRequest { QueueUrl = ScenarioIds.RecheckQueueUrl })).Messages);
        await sqs.DeleteMessageAsync(ScenarioIds.RecheckQueueUrl, received.ReceiptHandle);

        Assert.Empty(host.Admin.QueuedMessages());
    }

    [Fact]
    public async Task SendMessage_DelayOverNineHundredSeconds_RejectedAsSqsDoes()
    {
        await using var host = await TestSandbox.StartAsync();
        using var sqs = Client(host);

        var error = await Assert.ThrowsAnyAsync<AmazonSQSException>(() =>
            sqs.SendMessageAsync(new SendMessageRequest { QueueUrl = ScenarioIds.RecheckQueueUrl, MessageBody = "x", DelaySeconds = 901 }));

        Assert.Contains("DelaySeconds", error.Message, StringComparison.Ordinal);
        Assert.Empty(host.Admin.QueuedMessages());
    }

    [Fact]
    public async Task SendMessage_UnknownQueue_QueueDoesNotExist()
    {
        await using var host = await TestSandbox.StartAsync();
        using var sqs = Client(host);

        var error = await Assert.ThrowsAnyAsync<AmazonSQSException>(() =>
            sqs.SendMessageAsync(new SendMessageRequest { QueueUrl = "https://sqs.us-east-1.amazonaws.com/111122223333/nope", MessageBody = "x" }));

        Assert.Equal("QueueDoesNotExist", error.ErrorCode);
    }

    [Fact]
    public async Task GetQueueUrl_TheStacksQueue_ItsUrl()
    {
        await using var host = await TestSandbox.StartAsync();
        using var sqs = Client(host);

        var url = await sqs.GetQueueUrlAsync(ScenarioIds.RecheckQueueName);
        var created = await sqs.CreateQueueAsync("another");

        Assert.Equal(ScenarioIds.RecheckQueueUrl, url.QueueUrl);
        Assert.EndsWith("/111122223333/another", created.QueueUrl, StringComparison.Ordinal);
    }

    private static AmazonSQSClient Client(SandboxHost host) => new(
        new BasicAWSCredentials(TestSigner.AccessKey, "sandbox-secret-key"),
        new AmazonSQSConfig { ServiceURL = host.Endpoint.ToString(), AuthenticationRegion = SandboxAccount.Region, MaxErrorRetry = 0 });
}
