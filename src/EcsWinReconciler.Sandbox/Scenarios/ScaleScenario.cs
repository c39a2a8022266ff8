using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using EcsWinReconciler.Sandbox.Ecs;
using EcsWinReconciler.Sandbox.Lifecycle;
using EcsWinReconciler.Sandbox.State;
using static EcsWinReconciler.Sandbox.Scenarios.ScenarioIds;

namespace EcsWinReconciler.Sandbox.Scenarios;

/// <summary>
/// The healthy account plus N Windows tasks for load tests: the <see cref="Family"/> service, its tasks RUNNING on as many
/// m5.24xlarge hosts as they need (13 task ENIs each, one slot left free), in two /18 subnets of the VPC, in the web group —
/// everything <see cref="SpecYaml"/> asks for. The tasks are written straight into the account (RUNNING, one event each),
/// not placed by the scheduler, so 10,000 of them build in about a second; the existing scenarios are untouched.
/// </summary>
public static class ScaleScenario
{
    public const string NamePrefix = "scale-";
    public const string Family = "iis-scale";
    public const string ServiceName = "iis-scale";
    public const string SubnetA = "subnet-05ca1e0000000000a";
    public const string SubnetB = "subnet-05ca1e0000000000b";
    public const int TasksPerHost = 13;

    /// <summary>m5.24xlarge: 96 vCPU, 384 GiB, 15 ENIs (1 primary + 14 task ENIs), 50 IPv4 per ENI.</summary>
    public static InstanceTypeInfo HostType { get; } = new("m5.24xlarge", 15, 50, 96, 393216, "25 Gigabit");

    /// <summary>The spec the scaled tasks satisfy: the sample's IIS spec for this family and these subnets.</summary>
    public static string SpecYaml { get; } = $$"""
        apiVersion: ecswin.reconciler/v1
        kind: TaskNetworkSpec
        metadata:
          name: {{Family}}
        spec:
          selector: { cluster: {{ClusterName}}, family: {{Family}} }
          platform: windows
          eni:
            subnets: [{{SubnetA}}, {{SubnetB}}]
            publicIp: forbidden
          securityGroups:
            match: exact
            ids: [{{WebGroup}}]
            forbiddenIngress:
              - { protocol: tcp, ports: 3389, cidr: 0.0.0.0/0 }
              - { protocol: tcp, ports: 5985-5986, cidr: 0.0.0.0/0 }
            requiredIngress:
              - { protocol: tcp, ports: 80, source: {{AlbGroup}} }
          dns:
            vpcDnsSupport: true
            vpcDnsHostnames: true
            servers: [{{DomainControllerA}}, {{DomainControllerB}}]
            domainName: {{DomainName}}
            privateDnsName: required
          remediation:
            mode: alert
          alerts: { severity: high }
        """;

    /// <summary>
    /// The scenario <c>scale-N</c>: the healthy account and <paramref name="tasks"/> more Windows tasks. With
    /// <paramref name="sharedCauses"/>, every tenth task belongs to one of that many small services of the same family
    /// (<see cref="CauseService"/>) instead of <see cref="ServiceName"/>: the roots <see cref="DriftSharedCauses"/> drifts.
    /// </summary>
    public static Scenario Create(int tasks, int sharedCauses = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(tasks);
        ArgumentOutOfRangeException.ThrowIfNegative(sharedCauses);
        return new Scenario(NamePrefix + tasks.ToString(CultureInfo.InvariantCulture), $"The healthy account plus {tasks} Windows tasks of {Family} on {Hosts(tasks)} {HostType.Name} hosts", AfterStart: world => Seed(world, tasks, sharedCauses));
    }

    /// <summary>The name of the <paramref name="index"/>th small service whose tasks are every tenth task.</summary>
    public static string CauseService(int index) => $"{ServiceName}-cause{index}";

    /// <summary>
    /// Every running task of the <see cref="CauseService"/> services gets the legacy group on its ENI beside the web group
    /// (as a deployment with a stray group would leave them; here the tasks keep their ARNs, so a resync measures finding
    /// the drift, not churn): 10 % of the tasks drift, through as many shared causes (the services) as there are of them.
    /// Returns how many tasks drifted.
    /// </summary>
    public static int DriftSharedCauses(SandboxWorld world)
    {
        ArgumentNullException.ThrowIfNull(world);
        var drifted = world.Tasks.Values
            .Where(t => t.ServiceName is { } name && name.StartsWith(ServiceName + "-cause", StringComparison.Ordinal) && t.LastStatus == TaskStatuses.Running)
            .ToList();
        foreach (var task in drifted)
        {
            world.NetworkInterfaces[task.Eni!.NetworkInterfaceId!].GroupIds.Add(LegacyGroup);
        }

        return drifted.Count;
    }

    public static int Hosts(int tasks) => (tasks + TasksPerHost - 1) / TasksPerHost;

    private static void Seed(SandboxWorld world, int tasks, int sharedCauses)
    {
        world.InstanceTypes.TryAdd(HostType.Name, HostType);
        var subnets = new[] { AddSubnet(world, SubnetA, "10.0.64.0/18", world.Zone('a')), AddSubnet(world, SubnetB, "10.0.128.0/18", world.Zone('b')) };
        var definition = TaskDefinitionHandlers.Add(world, new TaskDefinition
        {
            Family = Family,
            Revision = 1,
            Arn = world.EcsArn($"task-definition/{Family}:1"),
            ContainerDefinitions = JsonNode.Parse(BaselineEcs.IisContainerDefinitions)!.AsArray(),
            RegisteredAt = world.Now,
            Cpu = "1024",
            Memory = "2048",
        });
        var network = new AwsVpcConfiguration([SubnetA, SubnetB], [WebGroup]);
        var causes = Enumerable.Range(0, sharedCauses).Select(c => CauseService(c)).ToList();
        int Owner(int i) => causes.Count > 0 && i % 10 == 9 ? (i / 10) % causes.Count : -1;
        var counts = Enumerable.Range(0, tasks).GroupBy(Owner).ToDictionary(g => g.Key, g => g.Count());
        var service = BaselineEcs.AddService(world, ServiceName, definition, network, counts.GetValueOrDefault(-1));
        var causeServices = causes.Select((name, c) => BaselineEcs.AddService(world, name, definition, network, counts.GetValueOrDefault(c))).ToList();
        var addresses = new int[subnets.Length];
        ContainerInstance? host = null;
        for (var i = 0; i < tasks; i++)
        {
            var (hostIndex, slot) = (i / TasksPerHost, i % TasksPerHost);
            var zone = hostIndex % subnets.Length;
            host = slot == 0 ? AddHost(world, subnets[zone], Address(subnets[zone], addresses, zone)) : host!;
            var owner = Owner(i) is var c and >= 0 ? causeServices[c] : service;
            AddRunningTask(world, owner, definition, host, subnets[zone], Address(subnets[zone], addresses, zone), slot + 1);
        }

        // Managed like the baseline's service (tagged, its tags on its tasks).
        TagEdits.ManageService(world, service);

        // The tasks were written, not started: one scheduler pass (no launches) completes the rollout as ECS would have.
        foreach (var each in causeServices.Prepend(service))
        {
            ServiceScheduler.Reconcile(world, each, mayLaunch: false);
        }
    }

    private static Subnet AddSubnet(SandboxWorld world, string id, string cidr, string zone) =>
        VpcEdits.AddSubnet(world, new Subnet { Id = id, VpcId = VpcId, CidrBlock = cidr, AvailabilityZone = zone });

    /// <summary>The next address of the subnet (Subnet.AllocateAddress only counts within a /24).</summary>
    private static string Address(Subnet subnet, int[] used, int index)
    {
        var bytes = IPAddress.Parse(subnet.CidrBlock[..subnet.CidrBlock.IndexOf('/', StringComparison.Ordinal)]).GetAddressBytes();
        var value = ((uint)bytes[0] << 24 | (uint)bytes[1] << 16 | (uint)bytes[2] << 8 | bytes[3]) + 10 + (uint)used[index]++;
        return string.Join('.', new[] { value >> 24, (value >> 16) & 255, (value >> 8) & 255, value & 255 }.Select(b => b.ToString(CultureInfo.InvariantCulture)));
    }

    private static ContainerInstance AddHost(SandboxWorld world, Subnet subnet, string ip)
    {
        var instanceId = world.Ids.Resource("i");
        var eniId = world.Ids.Resource("eni");
        world.NetworkInterfaces.Add(eniId, new NetworkInterface
        {
            Id = eniId, SubnetId = subnet.Id, VpcId = subnet.VpcId, AvailabilityZone = subnet.AvailabilityZone, PrivateIpAddress = ip,
            MacAddress = world.Ids.MacAddress(), PrivateDnsName = EniProvisioner.PrivateDnsName(world, ip), Description = "Primary network interface",
            GroupIds = [HostGroup], Status = NetworkInterface.InUse,
            Attachment = new EniAttachment(world.Ids.Resource("eni-attach"), instanceId, 0, EniAttachment.Attached, world.Now, true),
        });
        world.Instances.Add(instanceId, new Ec2Instance
        {
            Id = instanceId, InstanceType = HostType.Name, SubnetId = subnet.Id, VpcId = subnet.VpcId, AvailabilityZone = subnet.AvailabilityZone,
            ImageId = "ami-0f1a2b3c4d5e6f789", Platform = "windows", PrimaryNetworkInterfaceId = eniId, LaunchTime = world.Now,
        });
        var containerInstanceId = world.Ids.Hex(32);
        var instance = new ContainerInstance
        {
            Id = containerInstanceId,
            Arn = world.EcsArn($"container-instance/{ClusterName}/{containerInstanceId}"),
            ClusterName = ClusterName,
            Ec2InstanceId = instanceId,
            RegisteredAt = world.Now,
            Attributes =
            [
                new(ContainerInstance.OsTypeAttribute, "windows"), new(ContainerInstance.OsFamilyAttribute, "WINDOWS_SERVER_2022_CORE"),
                new("ecs.instance-type", HostType.Name), new("ecs.availability-zone", subnet.AvailabilityZone), new("ecs.vpc-id", subnet.VpcId),
                new("ecs.subnet-id", subnet.Id), new("ecs.capability.task-eni", string.Empty),
            ],
        };
        world.ContainerInstances.Add(instance.Arn, instance);
        return instance;
    }

    private static void AddRunningTask(SandboxWorld world, EcsService service, TaskDefinition definition, ContainerInstance host, Subnet subnet, string ip, int deviceIndex)
    {
        var (taskId, attachmentId, eniId) = (world.Ids.Hex(32), world.Ids.Uuid(), world.Ids.Resource("eni"));
        var eni = new NetworkInterface
        {
            Id = eniId, SubnetId = subnet.Id, VpcId = subnet.VpcId, AvailabilityZone = subnet.AvailabilityZone, PrivateIpAddress = ip,
            MacAddress = world.Ids.MacAddress(), PrivateDnsName = EniProvisioner.PrivateDnsName(world, ip), Description = world.EcsArn($"attachment/{attachmentId}"),
            GroupIds = [WebGroup], RequesterManaged = true, Status = NetworkInterface.InUse,
            Attachment = new EniAttachment(world.Ids.Resource("eni-attach"), host.Ec2InstanceId, deviceIndex, EniAttachment.Attached, world.Now, false),
        };
        world.NetworkInterfaces.Add(eni.Id, eni);
        var task = new EcsTask
        {
            Id = taskId,
            Arn = world.EcsArn($"task/{ClusterName}/{taskId}"),
            ClusterName = ClusterName,
            TaskDefinitionArn = definition.Arn,
            ContainerInstanceArn = host.Arn,
            AvailabilityZone = subnet.AvailabilityZone,
            Group = $"service:{service.Name}",
            StartedBy = service.PrimaryDeployment.Id,
            ServiceName = service.Name,
            DeploymentId = service.PrimaryDeployment.Id,
            CreatedAt = world.Now,
            UpdatedAt = world.Now,
            Cpu = definition.Cpu,
            Memory = definition.Memory,
            LastStatus = TaskStatuses.Running,
            Version = 3,
            PullStartedAt = world.Now,
            PullStoppedAt = world.Now,
            StartedAt = world.Now,
            ConnectivityAt = world.Now,
            Eni = new TaskEniAttachment
            {
                Id = attachmentId, SubnetId = subnet.Id, SecurityGroupIds = [WebGroup], Status = AttachmentStatus.Attached, NetworkInterfaceId = eni.Id,
                MacAddress = eni.MacAddress, PrivateIpv4Address = ip, PrivateDnsName = eni.PrivateDnsName,
            },
            Containers = [new TaskContainer(world.EcsArn($"container/{ClusterName}/{taskId}/{world.Ids.Uuid()}"), "iis-container", "mcr.microsoft.com/windows/servercore:ltsc2022", 1024, 2048)],
        };
        world.Tasks.Add(task.Arn, task);
        TaskEvents.Emit(world, task);
    }
}
