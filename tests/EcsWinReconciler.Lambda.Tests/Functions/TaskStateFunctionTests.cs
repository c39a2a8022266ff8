using System.Text.Json;
using EcsWinReconciler.Lambda.Composition;
using EcsWinReconciler.Lambda.Tests.Support;
using EcsWinReconciler.TestSupport.Fakes;
using EcsWinReconciler.TestSupport.Specimens;

namespace EcsWinReconciler.Lambda.Tests.Functions;

public sealed class TaskStateFunctionTests
{
    [Fact]
    public async Task Invoke_RunningSampleWhileRdpIsOpen_FindsTheDriftAndOpensAnAlert()
    {
        var rig = new FunctionRig(FunctionKind.TaskState);
        rig.Harness.World.OpenRdpToTheWorld();

        var response = await rig.InvokeAsync(SampleEvents.Bytes(SampleEvents.TaskRunning));

        Assert.Equal("reconciled", response.GetProperty("status").GetString());
        Assert.Equal(Ids.TaskArn, response.GetProperty("subject").GetString());
        Assert.Equal(1, response.GetProperty("tasks").GetInt32());
        Assert.Equal(1, response.GetProperty("judged").GetInt32());
        Assert.True(response.GetProperty("findings").GetInt32() >= 1);
        Assert.True(response.GetProperty("alertsOpened").GetInt32() >= 1);
        Assert.NotEmpty(rig.Harness.Sink.Published);
        var metrics = rig.LastMetrics();
        Assert.Equal(response.GetProperty("findings").GetInt32(), metrics["DriftFindings"]);
        Assert.Equal(0, metrics["RejectedEvents"]);
        Assert.True(metrics["ApiCalls"] > 0);
    }

    [Fact]
    public async Task Invoke_HealthyTask_JudgedWithoutFindings()
    {
        var rig = new FunctionRig(FunctionKind.TaskState);

        var response = await rig.InvokeAsync(SampleEvents.Bytes(SampleEvents.TaskRunning));

        Assert.Equal(1, response.GetProperty("judged").GetInt32());
        Assert.Equal(0, response.GetProperty("findings").GetInt32());
        Assert.Equal(0, response.GetProperty("alertsOpened").GetInt32());
        var status = Assert.Single(await rig.Harness.Status.ListAsync(null, null, CancellationToken.None));
        Assert.Empty(status.Findings);
    }

    [Fact]
    public async Task Invoke_SameEventTwice_SecondIsNotObservedAgain()
    {
        var rig = new FunctionRig(FunctionKind.TaskState);
        await rig.InvokeAsync(SampleEvents.Bytes(SampleEvents.TaskRunning));
        var enisDescribed = rig.Harness.World.CallsTo("DescribeNetworkInterfaces");

        var response = await rig.InvokeAsync(SampleEvents.Bytes(SampleEvents.TaskRunning));

        Assert.Equal(0, response.GetProperty("judged").GetInt32());
        Assert.Equal(enisDescribed, rig.Harness.World.CallsTo("DescribeNetworkInterfaces"));
    }

    [Fact]
    public async Task Invoke_StoppedAfterRunning_LeavesTheSharedAlertOpenForAReplacement()
    {
        var rig = new FunctionRig(FunctionKind.TaskState);
        rig.Harness.World.OpenRdpToTheWorld();
        var opened = await rig.InvokeAsync(SampleEvents.Bytes(SampleEvents.TaskRunning));
        rig.Harness.World.Tasks[Ids.TaskArn] = IisObservation.Task("STOPPED", 8);

        var stopped = await rig.InvokeAsync(SampleEvents.Bytes(SampleEvents.TaskStopped));

        Assert.True(opened.GetProperty("alertsOpened").GetInt32() >= 1);
        Assert.Equal(0, stopped.GetProperty("alertsResolved").GetInt32());
        Assert.All(await rig.Harness.Alerts.ListAsync(openOnly: true, CancellationToken.None), a => Assert.Empty(a.AffectedTasks));
    }

    [Fact]
    public async Task Invoke_ClusterOutsideTheStack_IsIgnoredWithoutAnyCall()
    {
        var rig = new FunctionRig(FunctionKind.TaskState, configure: s => s with { Deployment = s.Deployment with { Clusters = ["win-test"] } });

        var response = await rig.InvokeAsync(SampleEvents.Bytes(SampleEvents.TaskRunning));

        Assert.Equal("ignored", response.GetProperty("status").GetString());
        Assert.Contains("win-prod", response.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, rig.Harness.World.TotalCalls);
    }

    [Fact]
    public async Task Invoke_MalformedBody_IsAnsweredRejectedCountedAndLoggedWithoutItsContent()
    {
        var rig = new FunctionRig(FunctionKind.TaskState);
        const string body = """{"detail-type":"ECS Task State Change","detail":{"taskArn":"AKIAIOSFODNN7EXAMPLE" """;

        var response = await rig.InvokeAsync(body);

        Assert.Equal("rejected", response.GetProperty("status").GetString());
        Assert.Equal(1, response.GetProperty("rejectedRecords").GetInt32());
        Assert.Equal(1, rig.LastMetrics()["RejectedEvents"]);
        var warning = Assert.Single(rig.Logs, l => l.TryGetProperty("eventId", out var id) && id.GetInt32() == 4000);
        Assert.Equal("WARN", warning.GetProperty("level").GetString());
        Assert.Equal(SampleEvents.Utf8(body).Length, warning.GetProperty("properties").GetProperty("BodyBytes").GetInt32());
        Assert.DoesNotContain("AKIAIOSFODNN7EXAMPLE", rig.OutputText, StringComparison.Ordinal);
        Assert.Equal(0, rig.Harness.World.TotalCalls);
    }

    [Fact]
    public async Task Invoke_ScheduledEvent_IsRejected()
    {
        var rig = new FunctionRig(FunctionKind.TaskState);

        var response = await rig.InvokeAsync(SampleEvents.Bytes(SampleEvents.ResyncSchedule));

        Assert.Equal("rejected", response.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Invoke_LogLines_CarryTheTaskArnAndNeverTheEventBody()
    {
        var rig = new FunctionRig(FunctionKind.TaskState);
        rig.Harness.World.OpenRdpToTheWorld();

        await rig.InvokeAsync(SampleEvents.Bytes(SampleEvents.TaskRunning));

        var taskLine = Assert.Single(rig.Logs, l => l.TryGetProperty("eventId", out var id) && id.GetInt32() == 4010);
        Assert.Equal(Ids.TaskArn, taskLine.GetProperty("taskArn").GetString());
        Assert.Equal("task-state", taskLine.GetProperty("properties").GetProperty("function").GetString());
        Assert.DoesNotContain("windowsservercore", rig.OutputText, StringComparison.Ordinal);
        Assert.DoesNotContain("02:1a:2b:3c:4d:5e", rig.OutputText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_Response_IsOnlyTheSummary()
    {
        var rig = new FunctionRig(FunctionKind.TaskState);

        var response = await rig.InvokeAsync(SampleEvents.Bytes(SampleEvents.TaskRunning));

        string[] expected = ["function", "status", "subject", "tasks", "judged", "failed", "findings", "actionsApplied", "actionsDryRun", "alertsOpened", "alertsResolved", "remaining", "rejectedRecords", "rechecksScheduled", "rechecksNotScheduled", "rechecksDropped"];
        Assert.Equal(expected, response.EnumerateObject().Select(p => p.Name));
        Assert.All(response.EnumerateObject().Where(p => p.Name is not ("function" or "status" or "subject")), p => Assert.Equal(JsonValueKind.Number, p.Value.ValueKind));
    }
}
