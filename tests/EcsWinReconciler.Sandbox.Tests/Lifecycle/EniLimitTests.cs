using EcsWinReconciler.Sandbox.Lifecycle;
using EcsWinReconciler.Sandbox.Scenarios;
using EcsWinReconciler.Sandbox.Tests.Support;

namespace EcsWinReconciler.Sandbox.Tests.Lifecycle;

public class EniLimitTests
{
    [Fact]
    public async Task EniExhausted_ThirdTask_ProvisioningThenStoppedWithTimeoutReason()
    {
        await using var host = await TestSandbox.StartAsync("eni-exhausted");

        var failed = host.State.Read(w => w.Tasks.Values.Single(t => t.StopCode == StopCodes.TaskFailedToStart));
        var events = host.Admin.Events().Where(e => e.TaskArn == failed.Arn).Select(e => e.LastStatus).ToList();

        Assert.Equal(["PROVISIONING", "DEPROVISIONING", "STOPPED"], events);
        Assert.Equal(TaskTransitions.EniTimeoutReason, failed.StoppedReason);
        Assert.EndsWith(ScenarioIds.ContainerInstanceA, failed.ContainerInstanceArn, StringComparison.Ordinal);
        Assert.False(host.State.Read(w => w.NetworkInterfaces.ContainsKey(failed.Eni!.NetworkInterfaceId!)));
        Assert.Equal(2, host.State.Read(w => w.Tasks.Values.Count(t => t.LastStatus == TaskStatuses.Running)));
    }

    [Fact]
    public async Task EniExhausted_HostA_AllThreeSlotsAttached()
    {
        await using var host = await TestSandbox.StartAsync("eni-exhausted");

        var attached = host.State.Read(w => w.NetworkInterfaces.Values
            .Where(n => n.Attachment?.InstanceId == ScenarioIds.WindowsHostA)
            .Select(n => n.Attachment!.DeviceIndex).Order().ToList());

        Assert.Equal([0, 1, 2], attached);
    }

    [Fact]
    public async Task EniExhausted_EveryEcsWrite_RetriesThePlacementOnce()
    {
        await using var host = await TestSandbox.StartAsync("eni-exhausted");
        using var wire = new WireCalls(host);

        await wire.EcsAsync("UpdateService", """{"cluster":"win-prod","service":"iis-webserver","desiredCount":3}""");

        Assert.Equal(2, host.State.Read(w => w.Tasks.Values.Count(t => t.StopCode == StopCodes.TaskFailedToStart)));
    }

    [Fact]
    public async Task Healthy_HostB_OneSlotLeftForATaskOnItsZone()
    {
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);

        await wire.EcsAsync("UpdateService", """{"cluster":"win-prod","service":"iis-webserver","desiredCount":4}""");
        await wire.EcsAsync("UpdateService", """{"cluster":"win-prod","service":"iis-webserver","desiredCount":5}""");

        var perHost = host.State.Read(w => w.Tasks.Values.Where(t => t.LastStatus == TaskStatuses.Running)
            .GroupBy(t => t.ContainerInstanceArn[^2..]).ToDictionary(g => g.Key, g => g.Count()));
        Assert.Equal(2, perHost["01"]);
        Assert.Equal(2, perHost["02"]);
        Assert.Equal(0, host.State.Read(w => w.Tasks.Values.Count(t => t.StopCode == StopCodes.TaskFailedToStart)));
    }
}
