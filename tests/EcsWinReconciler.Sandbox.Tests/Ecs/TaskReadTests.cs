using System.Net;
using System.Text.Json;
using EcsWinReconciler.Sandbox.Scenarios;
using EcsWinReconciler.Sandbox.Tests.Support;

namespace EcsWinReconciler.Sandbox.Tests.Ecs;

public class TaskReadTests
{
    [Fact]
    public async Task DescribeTasks_RunningTask_EniAttachmentWithAllDetailsAndEpochTimes()
    {
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);
        var arn = host.State.Read(w => w.Tasks.Keys.First());

        var (status, body) = await wire.EcsAsync("DescribeTasks", $$"""{"cluster":"win-prod","tasks":["{{arn}}"]}""");

        Assert.Equal(HttpStatusCode.OK, status);
        var task = Assert.Single(body.GetProperty("tasks").EnumerateArray());
        Assert.Equal("RUNNING", task.GetProperty("lastStatus").GetString());
        Assert.Equal("service:iis-webserver", task.GetProperty("group").GetString());
        Assert.Equal(JsonValueKind.Number, task.GetProperty("createdAt").ValueKind);
        Assert.Equal(TestClock.Start.ToUnixTimeSeconds(), task.GetProperty("startedAt").GetDouble());
        Assert.False(task.TryGetProperty("platformFamily", out _));
        var attachment = Assert.Single(task.GetProperty("attachments").EnumerateArray());
        Assert.Equal("ElasticNetworkInterface", attachment.GetProperty("type").GetString());
        Assert.Equal("ATTACHED", attachment.GetProperty("status").GetString());
        var details = attachment.GetProperty("details").EnumerateArray().ToDictionary(d => d.GetProperty("name").GetString()!, d => d.GetProperty("value").GetString()!);
        Assert.Equal(["subnetId", "networkInterfaceId", "macAddress", "privateDnsName", "privateIPv4Address"], details.Keys);
        Assert.Equal(host.State.Read(w => w.Tasks[arn].Eni!.NetworkInterfaceId), details["networkInterfaceId"]);
        var container = Assert.Single(task.GetProperty("containers").EnumerateArray());
        Assert.Equal(attachment.GetProperty("id").GetString(), container.GetProperty("networkInterfaces")[0].GetProperty("attachmentId").GetString());
        Assert.Empty(body.GetProperty("failures").EnumerateArray());
    }

    [Fact]
    public async Task DescribeTasks_DnsHostnamesOff_NoPrivateDnsNameDetail()
    {
        await using var host = await TestSandbox.StartAsync("dns-hostnames-off");
        using var wire = new WireCalls(host);
        var id = host.State.Read(w => w.Tasks.Values.First().Id);

        var (_, body) = await wire.EcsAsync("DescribeTasks", $$"""{"cluster":"win-prod","tasks":["{{id}}"]}""");

        var names = body.GetProperty("tasks")[0].GetProperty("attachments")[0].GetProperty("details").EnumerateArray().Select(d => d.GetProperty("name").GetString());
        Assert.DoesNotContain("privateDnsName", names);
        Assert.Contains("privateIPv4Address", names);
    }

    [Fact]
    public async Task DescribeTasks_UnknownTask_FailureMissing()
    {
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);

        var (status, body) = await wire.EcsAsync("DescribeTasks", """{"cluster":"win-prod","tasks":["0123456789abcdef0123456789abcdef"]}""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Empty(body.GetProperty("tasks").EnumerateArray());
        var failure = Assert.Single(body.GetProperty("failures").EnumerateArray());
        Assert.Equal("MISSING", failure.GetProperty("reason").GetString());
        Assert.Equal("arn:aws:ecs:us-east-1:111122223333:task/win-prod/0123456789abcdef0123456789abcdef", failure.GetProperty("arn").GetString());
    }

    [Fact]
    public async Task DescribeTasks_MoreThanHundred_InvalidParameterException()
    {
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);
        var ids = string.Join(",", Enumerable.Range(0, 101).Select(i => $"\"{i:x32}\""));

        var (status, body) = await wire.EcsAsync("DescribeTasks", $$"""{"cluster":"win-prod","tasks":[{{ids}}]}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("InvalidParameterException", body.GetProperty("__type").GetString());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("message").GetString()));
    }

    [Fact]
    public async Task DescribeTasks_UnknownCluster_ClusterNotFoundException()
    {
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);

        var (status, body) = await wire.EcsAsync("DescribeTasks", """{"cluster":"nope","tasks":["abc"]}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("ClusterNotFoundException", body.GetProperty("__type").GetString());
    }

    [Fact]
    public async Task ListTasks_PagedByOne_EveryRunningTaskOnce()
    {
        await using var host = await TestSandbox.StartAsync("linux-task");
        using var wire = new WireCalls(host);
        var expected = host.State.Read(w => w.Tasks.Values.Where(t => t.DesiredStatus == "RUNNING").Select(t => t.Arn).ToList());

        var seen = new List<string>();
        string? token = null;
        do
        {
            var next = token is null ? string.Empty : $",\"nextToken\":\"{token}\"";
            var (_, body) = await wire.EcsAsync("ListTasks", $$"""{"cluster":"win-prod","maxResults":1{{next}}}""");
            seen.AddRange(body.GetProperty("taskArns").EnumerateArray().Select(a => a.GetString()!));
            token = body.TryGetProperty("nextToken", out var t) ? t.GetString() : null;
        }
        while (token is not null);

        Assert.Equal(3, expected.Count);
        Assert.Equal(expected, seen);
    }

    [Theory]
    [InlineData("""{"cluster":"win-prod","family":"iis-webserver"}""", 2)]
    [InlineData("""{"cluster":"win-prod","family":"log-router"}""", 1)]
    [InlineData("""{"cluster":"win-prod","serviceName":"iis-webserver"}""", 2)]
    [InlineData("""{"cluster":"win-prod","desiredStatus":"STOPPED"}""", 0)]
    [InlineData("""{"cluster":"win-prod","desiredStatus":"PENDING"}""", 0)]
    [InlineData("""{"cluster":"win-prod","launchType":"FARGATE"}""", 0)]
    [InlineData("""{"cluster":"win-prod","containerInstance":"0a1b2c3d4e5f60718293a4b5c6d7e803"}""", 1)]
    public async Task ListTasks_Filter_MatchingTasks(string request, int expected)
    {
        await using var host = await TestSandbox.StartAsync("linux-task");
        using var wire = new WireCalls(host);

        var (_, body) = await wire.EcsAsync("ListTasks", request);

        Assert.Equal(expected, body.GetProperty("taskArns").GetArrayLength());
    }

    [Fact]
    public async Task ListTasks_MaxResultsOverHundred_InvalidParameterException()
    {
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);

        var (status, body) = await wire.EcsAsync("ListTasks", """{"cluster":"win-prod","maxResults":101}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("InvalidParameterException", body.GetProperty("__type").GetString());
    }

    [Fact]
    public async Task ListTasks_UnknownService_ServiceNotFoundException()
    {
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);

        var (_, body) = await wire.EcsAsync("ListTasks", """{"cluster":"win-prod","serviceName":"nope"}""");

        Assert.Equal("ServiceNotFoundException", body.GetProperty("__type").GetString());
    }

    [Fact]
    public async Task UnknownOperation_UnknownOperationException()
    {
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);

        var (status, body) = await wire.EcsAsync("DeleteCluster", """{"cluster":"win-prod"}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("UnknownOperationException", body.GetProperty("__type").GetString());
        Assert.Equal(ScenarioIds.ClusterName, host.State.Read(w => w.Clusters.Keys.Single()));
    }
}
