using System.Net;
using EcsWinReconciler.Sandbox.Scenarios;
using EcsWinReconciler.Sandbox.Tests.Support;

namespace EcsWinReconciler.Sandbox.Tests.Ecs;

/// <summary>Issue 13: the ECS list and describe calls people try first answer as ECS does.</summary>
public sealed class ClusterAndListTests
{
    [Fact]
    public async Task DescribeClusters_Known_CountsItsInstancesTasksAndServices_UnknownIsAFailure()
    {
        await using var host = await TestSandbox.StartAsync("linux-task");
        using var wire = new WireCalls(host);

        var (status, body) = await wire.EcsAsync("DescribeClusters", """{"clusters":["win-prod","gone"]}""");

        Assert.Equal(HttpStatusCode.OK, status);
        var cluster = Assert.Single(body.GetProperty("clusters").EnumerateArray());
        Assert.Equal(ScenarioIds.ClusterName, cluster.GetProperty("clusterName").GetString());
        Assert.Equal("ACTIVE", cluster.GetProperty("status").GetString());
        Assert.Equal(host.State.Read(w => w.ContainerInstances.Count), cluster.GetProperty("registeredContainerInstancesCount").GetInt32());
        Assert.Equal(host.State.Read(w => w.Tasks.Values.Count(t => t.LastStatus == "RUNNING")), cluster.GetProperty("runningTasksCount").GetInt32());
        Assert.Equal(2, cluster.GetProperty("activeServicesCount").GetInt32());
        Assert.Equal("MISSING", body.GetProperty("failures")[0].GetProperty("reason").GetString());
    }

    [Fact]
    public async Task ListServices_NoMaxResults_PagesByTenAsEcs()
    {
        await using var host = await TestSandbox.StartAsync("linux-task");
        using var wire = new WireCalls(host);

        var (_, first) = await wire.EcsAsync("ListServices", """{"cluster":"win-prod","maxResults":1}""");
        var next = first.GetProperty("nextToken").GetString();
        var (_, second) = await wire.EcsAsync("ListServices", $$"""{"cluster":"win-prod","maxResults":1,"nextToken":"{{next}}"}""");

        Assert.EndsWith("/iis-webserver", first.GetProperty("serviceArns")[0].GetString(), StringComparison.Ordinal);
        Assert.EndsWith("/log-router", second.GetProperty("serviceArns")[0].GetString(), StringComparison.Ordinal);
        Assert.False(second.TryGetProperty("nextToken", out _));
    }

    [Fact]
    public async Task ListContainerInstances_ByStatus_ListsTheActiveOnes()
    {
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);

        var (_, body) = await wire.EcsAsync("ListContainerInstances", """{"cluster":"win-prod","status":"DRAINING"}""");
        var (_, all) = await wire.EcsAsync("ListContainerInstances", """{"cluster":"win-prod"}""");

        Assert.Empty(body.GetProperty("containerInstanceArns").EnumerateArray());
        Assert.Contains(all.GetProperty("containerInstanceArns").EnumerateArray(), a => a.GetString()!.EndsWith(ScenarioIds.ContainerInstanceA, StringComparison.Ordinal));
    }

    [Fact]
    public async Task DescribeNetworkInterfaces_TaskEni_Issue13_NamesItsRequester()
    {
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);

        var (_, body) = await wire.Ec2Async(("Action", "DescribeNetworkInterfaces"), ("Filter.1.Name", "requester-managed"), ("Filter.1.Value.1", "true"));

        var items = body.Descendants().Where(e => e.Name.LocalName == "item" && e.Parent!.Name.LocalName == "networkInterfaceSet").ToList();
        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.Equal("578734482556", i.Elements().Single(e => e.Name.LocalName == "requesterId").Value));
    }
}
