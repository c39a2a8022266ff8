using System.Net;
using EcsWinReconciler.Sandbox.Lifecycle;
using EcsWinReconciler.Sandbox.Scenarios;
using EcsWinReconciler.Sandbox.Tests.Support;

namespace EcsWinReconciler.Sandbox.Tests.Ecs;

public class TaskWriteTests
{
    [Fact]
    public async Task StopTask_ServiceTask_StoppedWithReasonAndReplaced()
    {
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);
        var (arn, eniId) = host.State.Read(w => w.Tasks.Values.Select(t => (t.Arn, t.Eni!.NetworkInterfaceId!)).First());

        var (status, body) = await wire.EcsAsync("StopTask", $$"""{"cluster":"win-prod","task":"{{arn}}","reason":"ecswin-reconciler: ENI drift, replacing task"}""");

        Assert.Equal(HttpStatusCode.OK, status);
        var answered = body.GetProperty("task");
        Assert.Equal(("RUNNING", "STOPPED"), (answered.GetProperty("lastStatus").GetString(), answered.GetProperty("desiredStatus").GetString()));
        Assert.Equal("UserInitiated", answered.GetProperty("stopCode").GetString());
        var stopped = host.State.Read(w => w.Tasks[arn]);
        Assert.Equal(("STOPPED", "ecswin-reconciler: ENI drift, replacing task"), (stopped.LastStatus, stopped.StoppedReason));
        Assert.False(host.State.Read(w => w.NetworkInterfaces.ContainsKey(eniId)));
        Assert.Equal(2, host.State.Read(w => w.Tasks.Values.Count(t => t.LastStatus == "RUNNING")));
    }

    [Fact]
    public async Task StopTask_Manual_AnswersRunningDesiredStoppedAndStopsOnlyWhenStepped()
    {
        await using var host = await TestSandbox.StartAsync(lifecycle: LifecycleMode.Manual);
        using var wire = new WireCalls(host);
        var arn = host.State.Read(w => w.Tasks.Keys.First());

        var (_, body) = await wire.EcsAsync("StopTask", $$"""{"cluster":"win-prod","task":"{{arn}}","reason":"replace"}""");
        var (_, described) = await wire.EcsAsync("DescribeTasks", $$"""{"cluster":"win-prod","tasks":["{{arn}}"]}""");

        var answered = body.GetProperty("task");
        Assert.Equal(("RUNNING", "STOPPED", "UserInitiated"), (answered.GetProperty("lastStatus").GetString(), answered.GetProperty("desiredStatus").GetString(), answered.GetProperty("stopCode").GetString()));
        var later = described.GetProperty("tasks")[0];
        Assert.Equal(("RUNNING", "STOPPED"), (later.GetProperty("lastStatus").GetString(), later.GetProperty("desiredStatus").GetString()));
        host.Admin.Step();
        Assert.Equal(TaskStatuses.Deprovisioning, host.State.Read(w => w.Tasks[arn].LastStatus));
        host.Admin.Step();
        Assert.Equal(TaskStatuses.Stopped, host.State.Read(w => w.Tasks[arn].LastStatus));
        host.Admin.Settle();
        Assert.Equal(2, host.State.Read(w => w.Tasks.Values.Count(t => t.LastStatus == TaskStatuses.Running)));
    }

    [Fact]
    public async Task StopTask_ReasonLongerThan255_InvalidParameterExceptionAndTaskRuns()
    {
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);
        var arn = host.State.Read(w => w.Tasks.Keys.First());

        var (status, body) = await wire.EcsAsync("StopTask", $$"""{"cluster":"win-prod","task":"{{arn}}","reason":"{{new string('x', 256)}}"}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("InvalidParameterException", body.GetProperty("__type").GetString());
        Assert.Equal("RUNNING", host.State.Read(w => w.Tasks[arn].DesiredStatus));
    }

    [Fact]
    public async Task StopTask_UnknownTask_InvalidParameterException()
    {
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);

        var (_, body) = await wire.EcsAsync("StopTask", """{"cluster":"win-prod","task":"ffffffffffffffffffffffffffffffff"}""");

        Assert.Equal("InvalidParameterException", body.GetProperty("__type").GetString());
    }

    [Fact]
    public async Task RunTask_Standalone_ProvisioningAnsweredThenRunningWithFamilyGroup()
    {
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);

        var (status, body) = await wire.EcsAsync("RunTask", EcsBodies.With(
            """{"cluster":"win-prod","taskDefinition":"iis-webserver","launchType":"EC2","startedBy":"demo"}""",
            EcsBodies.Network([ScenarioIds.SubnetB], [ScenarioIds.WebGroup])));

        Assert.Equal(HttpStatusCode.OK, status);
        var task = Assert.Single(body.GetProperty("tasks").EnumerateArray());
        Assert.Equal("PROVISIONING", task.GetProperty("lastStatus").GetString());
        Assert.Equal("family:iis-webserver", task.GetProperty("group").GetString());
        var running = host.State.Read(w => w.Tasks[task.GetProperty("taskArn").GetString()!]);
        Assert.Equal(("RUNNING", ScenarioIds.ZoneB, "demo"), (running.LastStatus, running.AvailabilityZone, running.StartedBy));
    }

    [Fact]
    public async Task RunTask_AwsvpcWithoutNetworkConfiguration_InvalidParameterException()
    {
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);

        var (_, body) = await wire.EcsAsync("RunTask", """{"cluster":"win-prod","taskDefinition":"iis-webserver"}""");

        Assert.Equal("InvalidParameterException", body.GetProperty("__type").GetString());
    }

    [Fact]
    public async Task RunTask_PublicIp_InvalidParameterExceptionOnEc2()
    {
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);

        var (_, body) = await wire.EcsAsync("RunTask", EcsBodies.With(
            """{"cluster":"win-prod","taskDefinition":"iis-webserver"}""",
            EcsBodies.Network([ScenarioIds.SubnetA], [ScenarioIds.WebGroup], "ENABLED")));

        Assert.Equal("InvalidParameterException", body.GetProperty("__type").GetString());
    }

    [Fact]
    public async Task RunTask_NoEniSlotLeft_FailureResourceEni()
    {
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);
        var request = EcsBodies.With(
            """{"cluster":"win-prod","taskDefinition":"iis-webserver","count":3}""",
            EcsBodies.Network([ScenarioIds.SubnetA, ScenarioIds.SubnetB], [ScenarioIds.WebGroup]));

        var (_, body) = await wire.EcsAsync("RunTask", request);

        // Two hosts with 3 ENIs each hold 2 tasks each: the service has 2, so 2 more fit and the third does not.
        Assert.Equal(2, body.GetProperty("tasks").GetArrayLength());
        Assert.Equal("RESOURCE:ENI", Assert.Single(body.GetProperty("failures").EnumerateArray()).GetProperty("reason").GetString());
    }
}
