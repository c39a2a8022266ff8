using System.Text.Json.Nodes;
using EcsWinReconciler.Lambda.Composition;
using EcsWinReconciler.Lambda.Tests.Support;
using EcsWinReconciler.TestSupport.Fakes;
using EcsWinReconciler.TestSupport.Specimens;

namespace EcsWinReconciler.Lambda.Tests.Functions;

public sealed class ApiChangeFunctionTests
{
    [Fact]
    public async Task Invoke_SampleRdpOpenedOnTheWebGroup_ReconcilesTheSpecsTasksAndAlerts()
    {
        var rig = new FunctionRig(FunctionKind.ApiChange);
        rig.Harness.World.OpenRdpToTheWorld();

        var response = await rig.InvokeAsync(SampleEvents.Bytes(SampleEvents.ApiChangeAuthorizeRdp));

        Assert.Equal("reconciled", response.GetProperty("status").GetString());
        Assert.Equal($"AuthorizeSecurityGroupIngress {Ids.WebGroup}", response.GetProperty("subject").GetString());
        Assert.Equal(1, response.GetProperty("tasks").GetInt32());
        Assert.True(response.GetProperty("alertsOpened").GetInt32() >= 1);
        Assert.True(rig.Harness.World.CallsTo("ListTasks") >= 1);
        Assert.Equal([Ids.WebGroup], rig.Harness.Caches.Forgotten);
    }

    [Fact]
    public async Task Invoke_FailedCall_IsIgnoredWithoutTouchingAws()
    {
        var rig = new FunctionRig(FunctionKind.ApiChange);
        var json = EventEdits.Set(SampleEvents.Text(SampleEvents.ApiChangeAuthorizeRdp), "detail.errorCode", "Client.InvalidPermission.Duplicate");

        var response = await rig.InvokeAsync(json);

        Assert.Equal("ignored", response.GetProperty("status").GetString());
        Assert.Contains("Client.InvalidPermission.Duplicate", response.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, rig.Harness.World.TotalCalls);
        Assert.Contains(rig.Logs, l => l.TryGetProperty("eventId", out var id) && id.GetInt32() == 4021);
    }

    [Fact]
    public async Task Invoke_GroupNoInterfaceUses_IsIgnoredAfterOneCount()
    {
        var rig = new FunctionRig(FunctionKind.ApiChange);

        var response = await rig.InvokeAsync(OnGroup(Ids.OtherGroup));

        Assert.Equal("ignored", response.GetProperty("status").GetString());
        Assert.Equal($"no network interface uses {Ids.OtherGroup}", response.GetProperty("reason").GetString());
        Assert.Equal(1, rig.Harness.World.CallsTo("CountEnisByGroup"));
        Assert.Equal(0, rig.Harness.World.CallsTo("ListTasks"));
    }

    [Fact]
    public async Task Invoke_GroupUseUnknown_ReconcilesAnyway()
    {
        var rig = new FunctionRig(FunctionKind.ApiChange);
        rig.Harness.World.Failures["CountEnisByGroup"] = new TimeoutException("DescribeNetworkInterfaces timed out");

        var response = await rig.InvokeAsync(OnGroup(Ids.OtherGroup));

        Assert.Equal("reconciled", response.GetProperty("status").GetString());
        Assert.Contains(rig.Logs, l => l.TryGetProperty("eventId", out var id) && id.GetInt32() == 4022);
    }

    [Fact]
    public async Task Invoke_VpcAttributeChange_ReconcilesWithoutCountingGroups()
    {
        var rig = new FunctionRig(FunctionKind.ApiChange);
        var json = EventEdits.Set(SampleEvents.Text(SampleEvents.ApiChangeAuthorizeRdp), "detail.eventName", "ModifyVpcAttribute");
        json = EventEdits.Set(json, "detail.requestParameters", JsonNode.Parse("""{"vpcId":"vpc-0a1b2c3d4e5f60718","enableDnsSupport":{"value":false}}"""));
        json = EventEdits.Set(json, "detail.responseElements", null);

        var response = await rig.InvokeAsync(json);

        Assert.Equal("reconciled", response.GetProperty("status").GetString());
        Assert.Equal($"ModifyVpcAttribute {Ids.VpcId}", response.GetProperty("subject").GetString());
        Assert.Equal(0, rig.Harness.World.CallsTo("CountEnisByGroup"));
    }

    [Fact]
    public async Task Invoke_CallThatIsNotWatched_IsIgnored()
    {
        var rig = new FunctionRig(FunctionKind.ApiChange);

        var response = await rig.InvokeAsync(EventEdits.Set(SampleEvents.Text(SampleEvents.ApiChangeAuthorizeRdp), "detail.eventName", "CreateTags"));

        Assert.Equal("CreateTags is not a watched call", response.GetProperty("reason").GetString());
        Assert.Equal(0, rig.Harness.World.TotalCalls);
    }

    [Fact]
    public async Task Invoke_TaskEvent_IsRejected()
    {
        var rig = new FunctionRig(FunctionKind.ApiChange);

        var response = await rig.InvokeAsync(SampleEvents.Bytes(SampleEvents.TaskRunning));

        Assert.Equal("rejected", response.GetProperty("status").GetString());
    }

    private static string OnGroup(string groupId)
    {
        var json = EventEdits.Set(SampleEvents.Text(SampleEvents.ApiChangeAuthorizeRdp), "detail.requestParameters.groupId", groupId);
        return EventEdits.Set(json, "detail.responseElements", null);
    }
}
