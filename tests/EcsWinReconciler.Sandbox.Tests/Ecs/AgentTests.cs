using System.Net;
using EcsWinReconciler.Sandbox.Scenarios;
using EcsWinReconciler.Sandbox.Tests.Support;

namespace EcsWinReconciler.Sandbox.Tests.Ecs;

public class AgentTests
{
    [Fact]
    public async Task DescribeContainerInstances_AgentKnobs_DisconnectedOldVersionWithoutTaskEni()
    {
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);

        host.Admin.DisconnectAgent(ScenarioIds.ContainerInstanceA);
        host.Admin.SetAgentVersion(ScenarioIds.ContainerInstanceA, "1.50.0");
        host.Admin.DropAttribute(ScenarioIds.ContainerInstanceA, "ecs.capability.task-eni");
        var (status, body) = await wire.EcsAsync("DescribeContainerInstances", $$"""{"cluster":"win-prod","containerInstances":["{{ScenarioIds.ContainerInstanceA}}","{{ScenarioIds.ContainerInstanceB}}"]}""");

        Assert.Equal(HttpStatusCode.OK, status);
        var (a, b) = (body.GetProperty("containerInstances")[0], body.GetProperty("containerInstances")[1]);
        Assert.Equal((false, "1.50.0"), (a.GetProperty("agentConnected").GetBoolean(), a.GetProperty("versionInfo").GetProperty("agentVersion").GetString()));
        Assert.DoesNotContain(a.GetProperty("attributes").EnumerateArray(), x => x.GetProperty("name").GetString() == "ecs.capability.task-eni");
        Assert.Equal((true, "1.87.1"), (b.GetProperty("agentConnected").GetBoolean(), b.GetProperty("versionInfo").GetProperty("agentVersion").GetString()));
        Assert.Contains(b.GetProperty("attributes").EnumerateArray(), x => x.GetProperty("name").GetString() == "ecs.capability.task-eni");
    }

    [Fact]
    public async Task Placement_HostWithoutTaskEni_GetsNoNewAwsvpcTask()
    {
        await using var host = await TestSandbox.StartAsync();
        using var wire = new WireCalls(host);
        host.Admin.DropAttribute(ScenarioIds.ContainerInstanceA, "ecs.capability.task-eni");

        await wire.EcsAsync("UpdateService", """{"cluster":"win-prod","service":"iis-webserver","desiredCount":3}""");

        var placed = host.State.Read(w => w.Tasks.Values.Where(t => !t.IsStopped).GroupBy(t => t.ContainerInstanceArn[(t.ContainerInstanceArn.LastIndexOf('/') + 1)..]).ToDictionary(g => g.Key, g => g.Count()));
        Assert.Equal(1, placed[ScenarioIds.ContainerInstanceA]);
        Assert.Equal(2, placed[ScenarioIds.ContainerInstanceB]);
    }

    [Fact]
    public async Task DescribeTaskDefinition_AdUnreachable_ContainerAsksForGmsa()
    {
        await using var host = await TestSandbox.StartAsync("ad-unreachable");
        using var wire = new WireCalls(host);

        var (_, body) = await wire.EcsAsync("DescribeTaskDefinition", """{"taskDefinition":"iis-webserver"}""");

        var specs = body.GetProperty("taskDefinition").GetProperty("containerDefinitions")[0].GetProperty("credentialSpecs");
        Assert.StartsWith("credentialspec:arn:aws:ssm:", specs[0].GetString(), StringComparison.Ordinal);
    }
}
