using System.Text.Json;
using System.Text.Json.Nodes;
using Amazon.SQS;
using Amazon.SQS.Model;
using EcsWinReconciler.Aws.Configuration;
using EcsWinReconciler.Sandbox.Scenarios;

namespace EcsWinReconciler.EndToEnd.Tests;

/// <summary>
/// Plays Lambda's SQS event source mapping over the sandbox's re-check queue with the real SQS client: receives what is
/// visible, hands it to the task-state function as an SQS batch, deletes what the function did not name in
/// <c>batchItemFailures</c>. Time is the account's virtual clock: <see cref="RunUntilAsync"/> moves it in steps.
/// </summary>
internal sealed class RecheckQueueRunner(LocalAccount account, LocalFunction taskState) : IDisposable
{
    private readonly IAmazonSQS _sqs = new AwsClientFactory(account.Settings).CreateSqsClient();

    /// <summary>Each batch's response, in the order delivered, with the virtual time it was delivered at.</summary>
    public List<(DateTimeOffset At, JsonElement Response)> Deliveries { get; } = [];

    /// <summary>Moves the clock by <paramref name="step"/> until <paramref name="until"/>, delivering whatever became visible at each step.</summary>
    public async Task RunUntilAsync(DateTimeOffset until, TimeSpan step, Func<DateTimeOffset, Task>? atEachStep = null)
    {
        while (account.Time.GetUtcNow() < until)
        {
            account.Time.Advance(step);
            if (atEachStep is not null)
            {
                await atEachStep(account.Time.GetUtcNow());
            }

            await DeliverVisibleAsync();
        }
    }

    public async Task DeliverVisibleAsync()
    {
        var received = await _sqs.ReceiveMessageAsync(new ReceiveMessageRequest { QueueUrl = ScenarioIds.RecheckQueueUrl, MaxNumberOfMessages = 10 });
        if (received.Messages is not { Count: > 0 } messages)
        {
            return;
        }

        var records = new JsonArray();
        foreach (var message in messages)
        {
            records.Add((JsonNode)new JsonObject
            {
                ["messageId"] = message.MessageId,
                ["receiptHandle"] = message.ReceiptHandle,
                ["body"] = message.Body,
                ["eventSource"] = "aws:sqs",
                ["eventSourceARN"] = $"arn:aws:sqs:us-east-1:111122223333:{ScenarioIds.RecheckQueueName}",
                ["awsRegion"] = "us-east-1",
            });
        }

        var response = await taskState.InvokeAsync(new JsonObject { ["Records"] = records }.ToJsonString());
        Deliveries.Add((account.Time.GetUtcNow(), response));
        var retry = response.TryGetProperty("batchItemFailures", out var failures)
            ? failures.EnumerateArray().Select(f => f.GetProperty("itemIdentifier").GetString()).ToHashSet(StringComparer.Ordinal)
            : [];
        foreach (var message in messages.Where(m => !retry.Contains(m.MessageId)))
        {
            await _sqs.DeleteMessageAsync(ScenarioIds.RecheckQueueUrl, message.ReceiptHandle);
        }
    }

    public void Dispose() => _sqs.Dispose();
}
