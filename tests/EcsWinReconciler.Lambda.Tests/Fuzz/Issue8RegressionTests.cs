using EcsWinReconciler.Lambda.Composition;
using EcsWinReconciler.Lambda.Tests.Support;

namespace EcsWinReconciler.Lambda.Tests.Fuzz;

/// <summary>
/// What the hostile-input fuzzing found (issue 8): a null inside a list the mappings read threw a
/// NullReferenceException out of the handler (an invocation error instead of a rejection), and the api-change and
/// resync functions reconciled events from a source their rules never match.
/// </summary>
public sealed class Issue8RegressionTests
{
    [Theory]
    [InlineData(FunctionKind.SpecChange, "Records", "[null]")]
    [InlineData(FunctionKind.SpecChange, "Records", "[null, null]")]
    [InlineData(FunctionKind.TaskState, "detail.attachments", "[null]")]
    [InlineData(FunctionKind.TaskState, "detail.attachments[0].details", "[null]")]
    [InlineData(FunctionKind.ApiChange, "source", "\"aws.events\"")]
    [InlineData(FunctionKind.ApiChange, "source", "null")]
    [InlineData(FunctionKind.Resync, "source", "\"aws.ecs\"")]
    [InlineData(FunctionKind.Resync, "source", "null")]
    public async Task Invoke_Issue8Finding_RejectedNotThrownNotReconciled(FunctionKind kind, string path, string value)
    {
        var rig = new FunctionRig(kind);
        var body = JsonSurgery.Edit(HostileEvents.Base(kind), path, () => System.Text.Json.Nodes.JsonNode.Parse(value));

        var response = await rig.InvokeAsync(body);

        Assert.Equal("rejected", response.GetProperty("status").GetString());
        Assert.Equal(0, rig.Harness.World.TotalCalls);
        Assert.Contains(rig.Logs, l => l.TryGetProperty("eventId", out var id) && id.GetInt32() == 4000);
    }

    [Fact]
    public async Task Invoke_TaskEventWithoutTaskArnAndANullResource_RejectedAsLackingTheArn()
    {
        var rig = new FunctionRig(FunctionKind.TaskState);
        var body = JsonSurgery.Edit(HostileEvents.Base(FunctionKind.TaskState), "detail.taskArn", () => null, remove: true);
        body = JsonSurgery.Edit(body, "resources", () => System.Text.Json.Nodes.JsonNode.Parse("[null]"));

        var response = await rig.InvokeAsync(body);

        Assert.Equal("rejected", response.GetProperty("status").GetString());
        Assert.Contains("detail.taskArn", response.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }
}
