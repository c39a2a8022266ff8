using System.Text.Json;
using System.Text.Json.Nodes;
using EcsWinReconciler.Aws.Sqs;
using EcsWinReconciler.Core.Drift;
using EcsWinReconciler.Core.Reconciliation;
using EcsWinReconciler.Lambda.Composition;
using EcsWinReconciler.Lambda.Tests.Support;
using EcsWinReconciler.TestSupport.Fakes;
using EcsWinReconciler.TestSupport.Specimens;

namespace EcsWinReconciler.Lambda.Tests.Functions;

/// <summary>The task-state function's SQS input: batches from the re-check queue, answered with batch item failures.</summary>
public sealed class RecheckBatchTests
{
    [Fact]
    public async Task Invoke_RecheckMessage_DescribesTheTaskAndJudgesIt()
    {
        var rig = new FunctionRig(FunctionKind.TaskState, new ReconcilerHarness(rechecks: true).WithIisSpec());

        var response = await rig.InvokeAsync(Batch(("m-1", RecheckMessage.Write(Request(rig)))));

        Assert.Equal(1, response.GetProperty("judged").GetInt32());
        Assert.Empty(response.GetProperty("batchItemFailures").EnumerateArray());
        Assert.Equal(1, rig.Harness.World.CallsTo("DescribeTasks"));
    }

    [Fact]
    public async Task Invoke_ForeignMessage_DroppedNotRetried()
    {
        var rig = new FunctionRig(FunctionKind.TaskState, new ReconcilerHarness(rechecks: true).WithIisSpec());

        var response = await rig.InvokeAsync(Batch(("m-1", "{\"hello\":1}"), ("m-2", RecheckMessage.Write(Request(rig)))));

        Assert.Equal(1, response.GetProperty("rejectedRecords").GetInt32());
        Assert.Equal(1, response.GetProperty("judged").GetInt32());
        Assert.Empty(response.GetProperty("batchItemFailures").EnumerateArray());
    }

    [Fact]
    public async Task Invoke_RecheckWhoseStatusCannotBeRead_OnlyThatMessageIsRetried()
    {
        var rig = new FunctionRig(FunctionKind.TaskState, new ReconcilerHarness(rechecks: true).WithIisSpec());
        rig.Harness.World.Failures["DescribeTasks"] = new InvalidOperationException("ECS is down");

        var response = await rig.InvokeAsync(Batch(("m-1", RecheckMessage.Write(Request(rig)))));

        Assert.Equal(["m-1"], response.GetProperty("batchItemFailures").EnumerateArray().Select(f => f.GetProperty("itemIdentifier").GetString()));
    }

    [Fact]
    public async Task Invoke_EventBridgeEvent_HasNoBatchItemFailures()
    {
        var rig = new FunctionRig(FunctionKind.TaskState);

        var response = await rig.InvokeAsync(SampleEvents.Bytes(SampleEvents.TaskRunning));

        Assert.False(response.TryGetProperty("batchItemFailures", out _));
    }

    [Fact]
    public void RecheckMessage_RoundTrip_KeepsTheRequest()
    {
        var request = new RecheckRequest(Ids.ClusterArn, Ids.TaskArn, FindingRoot.Task(Ids.TaskArn).Key, RecheckReason.RepairDeferred, 3, 7, new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));

        Assert.Equal(request, RecheckMessage.TryRead(RecheckMessage.Write(request), out _));
        Assert.Null(RecheckMessage.TryRead(RecheckMessage.Write(request).Replace("RepairDeferred", "Whatever", StringComparison.Ordinal), out var problem));
        Assert.NotNull(problem);
    }

    private static RecheckRequest Request(FunctionRig rig) =>
        new(Ids.ClusterArn, Ids.TaskArn, FindingRoot.Task(Ids.TaskArn).Key, RecheckReason.EniNotReady, 1, 5, rig.Harness.Time.GetUtcNow().AddSeconds(-20));

    private static string Batch(params (string Id, string Body)[] messages) => new JsonObject
    {
        ["Records"] = new JsonArray([.. messages.Select(m => (JsonNode)new JsonObject
        {
            ["messageId"] = m.Id,
            ["receiptHandle"] = m.Id + "#1",
            ["body"] = m.Body,
            ["eventSource"] = "aws:sqs",
            ["eventSourceARN"] = "arn:aws:sqs:us-east-1:111122223333:ecswin-reconciler-rechecks",
        })]),
    }.ToJsonString(new JsonSerializerOptions());
}
