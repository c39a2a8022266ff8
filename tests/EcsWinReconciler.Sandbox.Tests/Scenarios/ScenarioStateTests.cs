using EcsWinReconciler.Sandbox.Lifecycle;
using EcsWinReconciler.Sandbox.Scenarios;
using EcsWinReconciler.Sandbox.State;
using EcsWinReconciler.Sandbox.Tests.Support;

namespace EcsWinReconciler.Sandbox.Tests.Scenarios;

public class ScenarioStateTests
{
    [Fact]
    public async Task Healthy_TwoIisTasks_OnePerWindowsHostWithTheWebGroup()
    {
        await using var host = await TestSandbox.StartAsync();

        host.State.Read(w =>
        {
            var tasks = w.Tasks.Values.ToList();
            Assert.Equal(2, tasks.Count);
            Assert.All(tasks, t => Assert.Equal(TaskStatuses.Running, t.LastStatus));
            Assert.Equal(2, tasks.Select(t => t.ContainerInstanceArn).Distinct().Count());
            Assert.All(tasks, t => Assert.Equal([ScenarioIds.WebGroup], w.NetworkInterfaces[t.Eni!.NetworkInterfaceId!].GroupIds));
            Assert.All(tasks, t => Assert.NotNull(t.Eni!.PrivateDnsName));
            Assert.All(w.ContainerInstances.Values, c => Assert.Equal(("windows", "WINDOWS_SERVER_2022_CORE"), (c.OsType, c.Attribute(ContainerInstance.OsFamilyAttribute))));
            Assert.Null(w.TaskDefinitions.Values.Single().OperatingSystemFamily);
            var vpc = w.Vpcs[ScenarioIds.VpcId];
            Assert.True(vpc.EnableDnsSupport && vpc.EnableDnsHostnames);
            Assert.Equal([ScenarioIds.DomainControllerA, ScenarioIds.DomainControllerB], w.DhcpOptions[vpc.DhcpOptionsId].Values(DhcpOptionSet.DomainNameServers));
            Assert.DoesNotContain(w.SecurityGroups[ScenarioIds.WebGroup].Ingress, r => r.CidrIpv4 == "0.0.0.0/0");
            return 0;
        });
    }

    [Fact]
    public async Task WrongSecurityGroups_ServiceAndTaskEnis_CarryTheLegacyGroup()
    {
        await using var host = await TestSandbox.StartAsync("wrong-security-groups");

        host.State.Read(w =>
        {
            Assert.Equal([ScenarioIds.WebGroup, ScenarioIds.LegacyGroup], w.Services.Values.Single().NetworkConfiguration.SecurityGroups);
            Assert.All(w.Tasks.Values, t => Assert.Equal([ScenarioIds.WebGroup, ScenarioIds.LegacyGroup], w.NetworkInterfaces[t.Eni!.NetworkInterfaceId!].GroupIds));
            return 0;
        });
    }

    [Fact]
    public async Task DhcpMissingAdDns_Vpc_UsesAmazonProvidedDns()
    {
        await using var host = await TestSandbox.StartAsync("dhcp-missing-ad-dns");

        var servers = host.State.Read(w => w.DhcpOptions[w.Vpcs[ScenarioIds.VpcId].DhcpOptionsId].Values(DhcpOptionSet.DomainNameServers));

        Assert.Equal(["AmazonProvidedDNS"], servers);
    }

    [Fact]
    public async Task LinuxTask_LogRouter_RunsOnTheLinuxHostWithRuntimePlatformLinux()
    {
        await using var host = await TestSandbox.StartAsync("linux-task");

        host.State.Read(w =>
        {
            var task = w.Tasks.Values.Single(t => t.ServiceName == ScenarioIds.LinuxServiceName);
            Assert.Equal(TaskStatuses.Running, task.LastStatus);
            Assert.Equal("linux", w.ContainerInstances[task.ContainerInstanceArn].OsType);
            Assert.Equal("LINUX", w.TaskDefinitions[task.TaskDefinitionArn].OperatingSystemFamily);
            Assert.All(w.Tasks.Values.Where(t => t.ServiceName == ScenarioIds.ServiceName), t => Assert.Equal("windows", w.ContainerInstances[t.ContainerInstanceArn].OsType));
            return 0;
        });
    }

    [Fact]
    public async Task Healthy_Topic_Exists()
    {
        await using var host = await TestSandbox.StartAsync();

        Assert.True(host.State.Read(w => w.Topics.ContainsKey(ScenarioIds.TopicArn)));
    }
}
