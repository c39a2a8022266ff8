using System.Text.Json.Nodes;
using EcsWinReconciler.Sandbox.Ecs;
using EcsWinReconciler.Sandbox.Lifecycle;
using EcsWinReconciler.Sandbox.State;
using static EcsWinReconciler.Sandbox.Scenarios.ScenarioIds;

namespace EcsWinReconciler.Sandbox.Scenarios;

/// <summary>The changes each named scenario makes to the healthy baseline.</summary>
internal static class ScenarioVariants
{

    /// <summary>Someone opened RDP to the world on the IIS tasks' group.</summary>
    public static void RdpOpen(SandboxWorld world) =>
        WorldEdits.AddIngress(world, WebGroup, 3389, 3389, "0.0.0.0/0", "temporary RDP for debugging");

    /// <summary>The service's awsvpcConfiguration lists the legacy group too, so its tasks' ENIs carry both.</summary>
    public static void WrongSecurityGroups(SandboxWorld world)
    {
        var service = Service(world, ServiceName);
        var definition = world.TaskDefinitions[service.TaskDefinitionArn];
        service.Deployments.Clear();
        ServiceHandlers.StartDeployment(world, service, definition, new AwsVpcConfiguration([SubnetA, SubnetB], [WebGroup, LegacyGroup]));
    }

    /// <summary>enableDnsHostnames off: ECS gives the tasks no private DNS name (docs/FACTS.md §3.2).</summary>
    public static void DnsHostnamesOff(SandboxWorld world) => world.Vpcs[VpcId].EnableDnsHostnames = false;

    /// <summary>The VPC uses DHCP options with AmazonProvidedDNS instead of the AD domain controllers.</summary>
    public static void DhcpMissingAdDns(SandboxWorld world) => world.Vpcs[VpcId].DhcpOptionsId = AmazonDnsDhcpOptions;

    /// <summary>A Linux host in the same cluster running a Linux awsvpc service (runtimePlatform LINUX).</summary>
    public static void LinuxTask(SandboxWorld world)
    {
        WorldEdits.AddGroup(world, LogRouterGroup, "log-router-tasks", "Linux log router tasks");
        WorldEdits.AddHost(world, new HostSpec(LinuxHost, LinuxContainerInstance, SubnetA, "c5.large", "linux", "LINUX", "ami-0e2b3c4d5e6f7a890"));
        var definition = TaskDefinitionHandlers.Add(world, new TaskDefinition
        {
            Family = LinuxFamily,
            Revision = 1,
            Arn = world.EcsArn($"task-definition/{LinuxFamily}:1"),
            ContainerDefinitions = new JsonArray(new JsonObject
            {
                ["name"] = "log-router",
                ["image"] = "public.ecr.aws/aws-observability/aws-for-fluent-bit:stable",
                ["cpu"] = 256,
                ["memory"] = 512,
                ["essential"] = true,
            }),
            RegisteredAt = world.Now,
            OperatingSystemFamily = "LINUX",
            CpuArchitecture = "X86_64",
            Cpu = "256",
            Memory = "512",
        });
        BaselineEcs.AddService(world, LinuxServiceName, definition, new AwsVpcConfiguration([SubnetA, SubnetB], [LogRouterGroup]), desiredCount: 1);
    }

    /// <summary>
    /// Host A's last ENI slot taken by an ENI attached by hand, and the service asking for a third task: ECS
    /// counts only its own ENIs, places the task on host A, and the attach times out (docs/FACTS.md §1.3, §3.1).
    /// </summary>
    public static void EniExhausted(SandboxWorld world)
    {
        var subnet = world.Subnets[SubnetA];
        var ip = subnet.AllocateAddress();
        world.NetworkInterfaces.Add(HandAttachedEni, new NetworkInterface
        {
            Id = HandAttachedEni,
            SubnetId = SubnetA,
            VpcId = VpcId,
            AvailabilityZone = world.Zone('a'),
            PrivateIpAddress = ip,
            MacAddress = world.Ids.MacAddress(),
            PrivateDnsName = Lifecycle.EniProvisioner.PrivateDnsName(world, ip),
            Description = "monitoring agent ENI (attached by hand)",
            GroupIds = [HostGroup],
            Status = NetworkInterface.InUse,
            Attachment = new EniAttachment(world.Ids.Resource("eni-attach"), WindowsHostA, 2, EniAttachment.Attached, world.Now, false),
        });
        Service(world, ServiceName).DesiredCount = 3;
    }

    /// <summary>
    /// After the tasks run: a forced redeployment of the IIS service (as a pipeline pushing a new image starts one) that
    /// ECS cannot place — the rollout-stall fault, RESOURCE:ENI — so it stays IN_PROGRESS and the old tasks keep running.
    /// </summary>
    public static void StalledRedeployment(SandboxWorld world)
    {
        var service = Service(world, ServiceName);
        service.RolloutStalled = true;
        ServiceHandlers.StartDeployment(world, service, world.TaskDefinitions[service.TaskDefinitionArn], service.NetworkConfiguration);
        TaskEngine.Settle(world);
    }

    private static EcsService Service(SandboxWorld world, string name) =>
        world.Services.Values.First(s => s.Name == name);
}
