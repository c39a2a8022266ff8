using System.Text.Json;
using EcsWinReconciler.Sandbox.Lifecycle;
using EcsWinReconciler.Sandbox.Tests.Support;

namespace EcsWinReconciler.Sandbox.Tests.Lifecycle;

public class TaskEventTests
{
    [Fact]
    public async Task Events_StartThenStop_EveryTransitionInOrderWithGrowingVersion()
    {
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);
        var arn = host.State.Read(w => w.Tasks.Keys.First());
        await wire.EcsAsync("StopTask", $$"""{"cluster":"win-prod","task":"{{arn}}","reason":"test"}""");

        var events = host.Admin.Events().Where(e => e.TaskArn == arn).ToList();

        Assert.Equal(
            ["PROVISIONING/RUNNING", "PENDING/RUNNING", "RUNNING/RUNNING", "RUNNING/STOPPED", "DEPROVISIONING/STOPPED", "STOPPED/STOPPED"],
            events.Select(e => $"{e.LastStatus}/{e.DesiredStatus}"));
        Assert.Equal([1L, 2, 3, 4, 5, 6], events.Select(e => e.Version));
        Assert.Equal(events.Select(e => e.Sequence).Order(), events.Select(e => e.Sequence));
    }

    [Fact]
    public async Task Events_Envelope_EventBridgeShape()
    {
        await using var host = await TestSandbox.StartAsync();
        var first = host.Admin.Events()[0];

        using var json = JsonDocument.Parse(first.Json);
        var root = json.RootElement;

        Assert.Equal("0", root.GetProperty("version").GetString());
        Assert.Equal(first.Id, root.GetProperty("id").GetString());
        Assert.Equal("ECS Task State Change", root.GetProperty("detail-type").GetString());
        Assert.Equal("aws.ecs", root.GetProperty("source").GetString());
        Assert.Equal("111122223333", root.GetProperty("account").GetString());
        Assert.Equal("2025-03-04T10:00:00Z", root.GetProperty("time").GetString());
        Assert.Equal("us-east-1", root.GetProperty("region").GetString());
        Assert.Equal(first.TaskArn, Assert.Single(root.GetProperty("resources").EnumerateArray()).GetString());
        var detail = root.GetProperty("detail");
        Assert.Equal("2025-03-04T10:00:00.000Z", detail.GetProperty("createdAt").GetString());
        Assert.Equal(1, detail.GetProperty("version").GetInt64());
        Assert.Equal("EC2", detail.GetProperty("launchType").GetString());
    }

    [Fact]
    public async Task Events_AttachmentDetails_AppearOnceAttachedAndDeletedAtStop()
    {
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);
        var arn = host.State.Read(w => w.Tasks.Keys.First());
        await wire.EcsAsync("StopTask", $$"""{"cluster":"win-prod","task":"{{arn}}"}""");

        var attachments = host.Admin.Events().Where(e => e.TaskArn == arn).Select(e => Attachment(e.Json)).ToList();

        Assert.All(attachments, a => Assert.Equal("eni", a.Type));
        Assert.Equal(["subnetId"], attachments[0].Details);
        Assert.Equal("PRECREATED", attachments[0].Status);
        Assert.Equal(["subnetId", "networkInterfaceId", "macAddress", "privateDnsName", "privateIPv4Address"], attachments[1].Details);
        Assert.Equal(["ATTACHED", "ATTACHED", "ATTACHED", "DETACHING", "DELETED"], attachments.Skip(1).Select(a => a.Status));
    }

    [Fact]
    public async Task StopTask_EniOfTheTask_DeletedOnlyAtStopped()
    {
        await using var host = await TestSandbox.StartAsync(lifecycle: LifecycleMode.Manual);
        using var wire = new WireCalls(host);
        var (arn, eniId) = host.State.Read(w => w.Tasks.Values.Select(t => (t.Arn, t.Eni!.NetworkInterfaceId!)).First());

        await wire.EcsAsync("StopTask", $$"""{"cluster":"win-prod","task":"{{arn}}"}""");
        var afterStop = host.State.Read(w => (w.Tasks[arn].LastStatus, w.NetworkInterfaces.ContainsKey(eniId)));
        host.Admin.Step();
        var afterStep1 = host.State.Read(w => (w.Tasks[arn].LastStatus, w.NetworkInterfaces.ContainsKey(eniId)));
        host.Admin.Step();
        var afterStep2 = host.State.Read(w => (w.Tasks[arn].LastStatus, w.NetworkInterfaces.ContainsKey(eniId)));

        Assert.Equal(("RUNNING", true), afterStop);
        Assert.Equal(("DEPROVISIONING", true), afterStep1);
        Assert.Equal(("STOPPED", false), afterStep2);
    }

    [Fact]
    public async Task ManualMode_ReplacementTask_StepsThroughEachStatus()
    {
        await using var host = await TestSandbox.StartAsync(lifecycle: LifecycleMode.Manual);
        using var wire = new WireCalls(host);
        var arn = host.State.Read(w => w.Tasks.Keys.First());
        await wire.EcsAsync("StopTask", $$"""{"cluster":"win-prod","task":"{{arn}}"}""");

        var statuses = new List<string>();
        while (host.Admin.Step())
        {
            statuses.Add(host.State.Read(w => w.Tasks.Values.Last().LastStatus));
        }

        Assert.Equal(3, host.State.Read(w => w.Tasks.Count));
        Assert.Equal(["PROVISIONING", "PENDING", "RUNNING"], statuses.Distinct());
    }

    [Fact]
    public async Task Events_SameSeed_SameIdsAndJson()
    {
        await using var first = await TestSandbox.StartAsync(seed: 42);
        await using var second = await TestSandbox.StartAsync(seed: 42);

        Assert.Equal(first.Admin.Events().Select(e => e.Json), second.Admin.Events().Select(e => e.Json));
    }

    private static (string Type, string Status, List<string> Details) Attachment(string eventJson)
    {
        using var json = JsonDocument.Parse(eventJson);
        var attachment = json.RootElement.GetProperty("detail").GetProperty("attachments")[0];
        return (attachment.GetProperty("type").GetString()!, attachment.GetProperty("status").GetString()!,
            attachment.GetProperty("details").EnumerateArray().Select(d => d.GetProperty("name").GetString()!).ToList());
    }
}
