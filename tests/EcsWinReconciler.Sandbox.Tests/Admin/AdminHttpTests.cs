using System.Net;
using System.Text.Json;
using Amazon.EC2;
using Amazon.EC2.Model;
using EcsWinReconciler.Sandbox.Lifecycle;
using EcsWinReconciler.Sandbox.Scenarios;
using EcsWinReconciler.Sandbox.Tests.Support;

namespace EcsWinReconciler.Sandbox.Tests.Admin;

public class AdminHttpTests
{
    [Fact]
    public async Task GetState_Healthy_DumpsTheAccount()
    {
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);

        using var state = JsonDocument.Parse(await wire.AdminGetAsync("state"));

        var root = state.RootElement;
        Assert.Equal("111122223333", root.GetProperty("accountId").GetString());
        Assert.Equal(ScenarioIds.VpcId, root.GetProperty("vpcs")[0].GetProperty("id").GetString());
        Assert.Equal(2, root.GetProperty("tasks").GetArrayLength());
        Assert.Equal(3, root.GetProperty("instances")[0].GetProperty("maximumNetworkInterfaces").GetInt32());
    }

    [Fact]
    public async Task GetEvents_After_OnlyLaterEventsAsEnvelopes()
    {
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);
        var all = host.Admin.Events();

        using var later = JsonDocument.Parse(await wire.AdminGetAsync("events?after=2"));

        Assert.Equal(all.Count - 2, later.RootElement.GetArrayLength());
        Assert.Equal(all[2].Id, later.RootElement[0].GetProperty("id").GetString());
        Assert.Equal("ECS Task State Change", later.RootElement[0].GetProperty("detail-type").GetString());
    }

    [Fact]
    public async Task PostFaults_ThrottleThenDelete_Ec2ThrottledOnceRuleCleared()
    {
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);
        using var ec2 = Ec2Clients.For(host);

        using var posted = await wire.AdminSendAsync(HttpMethod.Post, "faults", """{"kind":"throttle","service":"ec2","operation":"DescribeVpcs","times":5}""");
        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() => ec2.DescribeVpcsAsync(new DescribeVpcsRequest()));
        using var deleted = await wire.AdminSendAsync(HttpMethod.Delete, "faults");
        var after = await ec2.DescribeVpcsAsync(new DescribeVpcsRequest());

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Equal("RequestLimitExceeded", error.ErrorCode);
        Assert.Single(after.Vpcs);
        Assert.Empty(host.Faults.Rules);
    }

    [Fact]
    public async Task PostFaults_DeleteEni_GoneAfterTheNextCall()
    {
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);
        var eniId = host.State.Read(w => w.Tasks.Values.First().Eni!.NetworkInterfaceId!);

        using var _ = await wire.AdminSendAsync(HttpMethod.Post, "faults", $$"""{"kind":"delete-eni","eniId":"{{eniId}}","afterCalls":1}""");
        await wire.EcsAsync("ListTasks", """{"cluster":"win-prod"}""");

        Assert.False(host.State.Read(w => w.NetworkInterfaces.ContainsKey(eniId)));
    }

    [Fact]
    public async Task PostFaults_UnknownKind_BadRequestWithMessage()
    {
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);

        using var response = await wire.AdminSendAsync(HttpMethod.Post, "faults", """{"kind":"gremlins","service":"ec2"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("gremlins", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(host.Faults.Rules);
    }

    [Fact]
    public async Task GetCallsAndWrites_AfterAWrite_CountedAndLogged()
    {
        await using var host = await TestSandbox.StartAsync("rdp-open");
        using var wire = new WireCalls(host);
        var rdp = host.State.Read(w => w.SecurityGroups[ScenarioIds.WebGroup].Ingress.Single(r => r.FromPort == 3389).RuleId);
        await wire.Ec2Async(("Action", "RevokeSecurityGroupIngress"), ("GroupId", ScenarioIds.WebGroup), ("SecurityGroupRuleId.1", rdp));

        using var calls = JsonDocument.Parse(await wire.AdminGetAsync("calls"));
        using var writes = JsonDocument.Parse(await wire.AdminGetAsync("writes"));

        Assert.Equal(1, calls.RootElement.GetProperty("counts").GetProperty("ec2:RevokeSecurityGroupIngress").GetInt32());
        Assert.Equal(rdp, writes.RootElement[0].GetProperty("resourceId").GetString());
    }

    [Fact]
    public async Task GetMessages_AfterPublish_SubjectAndAttributes()
    {
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);
        await wire.SnsAsync(("Action", "Publish"), ("TopicArn", ScenarioIds.TopicArn), ("Subject", "hello"), ("Message", "m"),
            ("MessageAttributes.entry.1.Name", "check"), ("MessageAttributes.entry.1.Value.DataType", "String"), ("MessageAttributes.entry.1.Value.StringValue", "sg.forbidden-ingress"));

        using var messages = JsonDocument.Parse(await wire.AdminGetAsync("messages"));

        var message = Assert.Single(messages.RootElement.EnumerateArray());
        Assert.Equal("hello", message.GetProperty("subject").GetString());
        Assert.Equal("sg.forbidden-ingress", message.GetProperty("attributes").GetProperty("check").GetProperty("value").GetString());
    }

    [Fact]
    public async Task GetScenariosAndSpec_ListsAndYaml()
    {
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);

        using var scenarios = JsonDocument.Parse(await wire.AdminGetAsync("scenarios"));
        var spec = await wire.AdminGetAsync("spec");

        Assert.Equal(ScenarioCatalog.All.Select(s => s.Name), scenarios.RootElement.EnumerateArray().Select(s => s.GetProperty("name").GetString()));
        Assert.Equal(SampleSpec.Yaml, spec);
    }

    [Fact]
    public async Task PostStep_ManualMode_MovesTheLifecycleOneStatus()
    {
        await using var host = await TestSandbox.StartAsync(lifecycle: LifecycleMode.Manual);
        using var wire = new WireCalls(host);
        var arn = host.State.Read(w => w.Tasks.Keys.First());
        await wire.EcsAsync("StopTask", $$"""{"cluster":"win-prod","task":"{{arn}}"}""");

        using var step = await wire.AdminSendAsync(HttpMethod.Post, "step");

        Assert.Contains("\"changed\":true", await step.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(TaskStatuses.Deprovisioning, host.State.Read(w => w.Tasks[arn].LastStatus));
    }

    [Fact]
    public async Task UnknownPath_NotFound()
    {
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);

        using var response = await wire.AdminSendAsync(HttpMethod.Get, "nope");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
