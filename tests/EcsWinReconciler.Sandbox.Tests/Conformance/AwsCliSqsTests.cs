using System.Text.Json;
using EcsWinReconciler.Sandbox.Scenarios;
using EcsWinReconciler.Sandbox.Tests.Support;

namespace EcsWinReconciler.Sandbox.Tests.Conformance;

/// <summary>The AWS CLI (botocore's SQS JSON protocol and its MD5 check, not our code) sends to and receives from the re-check queue.</summary>
public class AwsCliSqsTests
{
    [AwsCliFact]
    public async Task SendMessage_ThenReceive_CliReadsItsOwnMessage()
    {
        await using var host = await TestSandbox.StartAsync();

        var (sendExit, sent, sendErrors) = await AwsCli.RunAsync(host, "sqs", "send-message", "--queue-url", ScenarioIds.RecheckQueueUrl, "--message-body", "{\"kind\":\"cli\"}");
        var (receiveExit, received, receiveErrors) = await AwsCli.RunAsync(host, "sqs", "receive-message", "--queue-url", ScenarioIds.RecheckQueueUrl);

        Assert.True(sendExit == 0, $"aws exited with {sendExit}: {sendErrors}");
        Assert.True(receiveExit == 0, $"aws exited with {receiveExit}: {receiveErrors}");
        using var sentJson = JsonDocument.Parse(sent);
        using var receivedJson = JsonDocument.Parse(received);
        var message = receivedJson.RootElement.GetProperty("Messages")[0];
        Assert.Equal(sentJson.RootElement.GetProperty("MessageId").GetString(), message.GetProperty("MessageId").GetString());
        Assert.Equal("{\"kind\":\"cli\"}", message.GetProperty("Body").GetString());
    }

    [AwsCliFact]
    public async Task SendMessage_WithDelay_NotReceivedBeforeItEnds()
    {
        await using var host = await TestSandbox.StartAsync();

        var (sendExit, _, sendErrors) = await AwsCli.RunAsync(host, "sqs", "send-message", "--queue-url", ScenarioIds.RecheckQueueUrl, "--message-body", "later", "--delay-seconds", "600");
        var (receiveExit, received, _) = await AwsCli.RunAsync(host, "sqs", "receive-message", "--queue-url", ScenarioIds.RecheckQueueUrl);

        Assert.True(sendExit == 0, $"aws exited with {sendExit}: {sendErrors}");
        Assert.Equal(0, receiveExit);
        Assert.True(received.Trim().Length == 0 || !received.Contains("\"Messages\"", StringComparison.Ordinal), received);
        Assert.Single(host.Admin.QueuedMessages());
    }
}
