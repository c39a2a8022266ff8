using EcsWinReconciler.Sandbox.State;
using static EcsWinReconciler.Sandbox.Scenarios.ScenarioIds;

namespace EcsWinReconciler.Sandbox.Scenarios;

/// <summary>
/// The healthy account: one VPC (10.0.0.0/16, both DNS attributes on, AD DHCP options, its default ACL and main route
/// table as EC2 creates them; the domain controllers 10.0.0.10 and 10.0.1.10 inside it), two subnets in two zones,
/// the IIS web group (port 80 from the ALB group only), two Windows Server 2022 Core hosts (m5.large: 3 ENIs),
/// the cluster <c>win-prod</c>, the seed's <c>iis-webserver</c> task definition and its service (2 tasks), the alert topic
/// and its one (email) subscription. The VPC, the web and ALB groups, the service and its tasks carry
/// <c>ecswin:managed=true</c> (<see cref="TagEdits"/>).
/// </summary>
public static class Baseline
{
    public static void Build(SandboxWorld world)
    {
        ArgumentNullException.ThrowIfNull(world);
        Network(world);
        Groups(world);
        Hosts(world);
        BaselineEcs.Build(world);

        // The topic and queue of the world's own account and region (the hub's: TopicArn and RecheckQueueUrl).
        var topicArn = world.SnsArn(TopicName);
        world.Topics.Add(topicArn, new Topic(TopicName, topicArn));
        world.Queues.Add(RecheckQueueName, new SqsQueue(RecheckQueueName, Sqs.SqsHandlers.UrlOf(world, RecheckQueueName)));

        // A fixed id, not one from the id source: drawing one would shift every id the scenarios invent after it.
        var subscription = $"{topicArn}:6f1f2a8e-2b7c-4e39-9d7f-0c5a3e1b2d44";
        world.Subscriptions.Add(subscription, new Subscription(subscription, topicArn, "email", "windows-ops@example.com"));

        Managed(world);
    }

    private static void Network(SandboxWorld world)
    {
        world.DhcpOptions.Add(AdDhcpOptions, new DhcpOptionSet
        {
            Id = AdDhcpOptions,
            Configurations = [new(DhcpOptionSet.DomainName, [DomainName]), new(DhcpOptionSet.DomainNameServers, [DomainControllerA, DomainControllerB])],
        });
        world.DhcpOptions.Add(AmazonDnsDhcpOptions, new DhcpOptionSet
        {
            Id = AmazonDnsDhcpOptions,
            Configurations = [new(DhcpOptionSet.DomainName, [DomainName]), new(DhcpOptionSet.DomainNameServers, ["AmazonProvidedDNS"])],
        });
        VpcEdits.AddVpc(world, new Vpc { Id = VpcId, CidrBlock = VpcCidr, DhcpOptionsId = AdDhcpOptions, EnableDnsSupport = true, EnableDnsHostnames = true });
        VpcEdits.AddSubnet(world, new Subnet { Id = SubnetA, VpcId = VpcId, CidrBlock = "10.0.0.0/24", AvailabilityZone = world.Zone('a') });
        VpcEdits.AddSubnet(world, new Subnet { Id = SubnetB, VpcId = VpcId, CidrBlock = "10.0.1.0/24", AvailabilityZone = world.Zone('b') });
    }

    private static void Groups(SandboxWorld world)
    {
        var vpcDefault = WorldEdits.AddGroup(world, DefaultGroup, "default", "default VPC security group");
        WorldEdits.AddIngress(world, vpcDefault.Id, -1, -1, DefaultGroup, protocol: "-1");
        WorldEdits.AddGroup(world, AlbGroup, "iis-alb", "Internet-facing ALB for iis-webserver");
        WorldEdits.AddIngress(world, AlbGroup, 443, 443, "0.0.0.0/0", "HTTPS from anywhere");
        WorldEdits.AddIngress(world, AlbGroup, 80, 80, "0.0.0.0/0", "HTTP redirect");
        WorldEdits.AddGroup(world, WebGroup, "iis-webserver-tasks", "IIS task ENIs: HTTP from the ALB only");
        WorldEdits.AddIngress(world, WebGroup, 80, 80, AlbGroup, "HTTP from the ALB");
        WorldEdits.AddGroup(world, HostGroup, "win-ecs-hosts", "Windows container hosts (primary ENIs)");
        WorldEdits.AddIngress(world, HostGroup, 3389, 3389, VpcCidr, "RDP from inside the VPC");
        WorldEdits.AddGroup(world, LegacyGroup, "iis-legacy-open", "Old IIS group: HTTP 8080 from anywhere");
        WorldEdits.AddIngress(world, LegacyGroup, 8080, 8080, "0.0.0.0/0", "legacy test port");
    }

    /// <summary>What the platform team lets the reconciler change: the VPC, the task and ALB groups, the service and its tasks.</summary>
    private static void Managed(SandboxWorld world)
    {
        foreach (var resource in new[] { VpcId, WebGroup, AlbGroup })
        {
            TagEdits.Set(world, resource, TagEdits.ManagedKey, TagEdits.ManagedValue);
        }

        foreach (var service in world.Services.Values)
        {
            TagEdits.ManageService(world, service);
        }
    }

    /// <summary>The instance types DescribeInstanceTypes knows: AWS's catalog, in every account and region.</summary>
    public static void AddInstanceTypes(SandboxWorld world)
    {
        ArgumentNullException.ThrowIfNull(world);
        foreach (var type in new[] { InstanceTypeInfo.M5Large, InstanceTypeInfo.C5Large, InstanceTypeInfo.M5XLarge })
        {
            world.InstanceTypes.Add(type.Name, type);
        }
    }

    private static void Hosts(SandboxWorld world)
    {
        AddInstanceTypes(world);
        WorldEdits.AddHost(world, WindowsHost(WindowsHostA, ContainerInstanceA, SubnetA));
        WorldEdits.AddHost(world, WindowsHost(WindowsHostB, ContainerInstanceB, SubnetB));
    }

    private static HostSpec WindowsHost(string instanceId, string containerInstanceId, string subnetId) =>
        new(instanceId, containerInstanceId, subnetId, WindowsInstanceType, "windows", "WINDOWS_SERVER_2022_CORE", "ami-0f1a2b3c4d5e6f789");
}
