using EcsWinReconciler.Sandbox.Lifecycle;
using EcsWinReconciler.Sandbox.State;

namespace EcsWinReconciler.Sandbox.Scenarios;

/// <summary>Small building blocks the scenarios share: groups with rules, hosts with their primary ENI.</summary>
public static class WorldEdits
{
    public static SecurityGroup AddGroup(SandboxWorld world, string id, string name, string description)
    {
        ArgumentNullException.ThrowIfNull(world);
        var group = new SecurityGroup { Id = id, Name = name, Description = description, VpcId = ScenarioIds.VpcId };
        group.Rules.Add(new SecurityGroupRule(world.Ids.Resource("sgr"), id, true, "-1", -1, -1, CidrIpv4: "0.0.0.0/0"));
        world.SecurityGroups.Add(id, group);
        return group;
    }

    /// <summary>Adds an ingress rule (tcp unless told) from a CIDR or, when <paramref name="source"/> starts with <c>sg-</c>, a group.</summary>
    public static SecurityGroupRule AddIngress(SandboxWorld world, string groupId, int fromPort, int toPort, string source, string? description = null, string protocol = "tcp")
    {
        ArgumentNullException.ThrowIfNull(world);
        ArgumentNullException.ThrowIfNull(source);
        var fromGroup = source.StartsWith("sg-", StringComparison.Ordinal);
        var rule = new SecurityGroupRule(
            world.Ids.Resource("sgr"), groupId, false, protocol, fromPort, toPort,
            CidrIpv4: fromGroup || source.Contains(':', StringComparison.Ordinal) ? null : source,
            CidrIpv6: source.Contains(':', StringComparison.Ordinal) ? source : null,
            ReferencedGroupId: fromGroup ? source : null,
            Description: description);
        world.SecurityGroups[groupId].Rules.Add(rule);
        return rule;
    }

    /// <summary>An EC2 instance with its primary ENI (device 0) and, for ECS, a container instance in the cluster.</summary>
    public static ContainerInstance AddHost(SandboxWorld world, HostSpec spec)
    {
        ArgumentNullException.ThrowIfNull(world);
        ArgumentNullException.ThrowIfNull(spec);
        var subnet = world.Subnets[spec.SubnetId];
        var ip = subnet.AllocateAddress();
        var eniId = "eni-" + spec.InstanceId[2..];
        world.NetworkInterfaces.Add(eniId, new NetworkInterface
        {
            Id = eniId,
            SubnetId = subnet.Id,
            VpcId = subnet.VpcId,
            AvailabilityZone = subnet.AvailabilityZone,
            PrivateIpAddress = ip,
            MacAddress = world.Ids.MacAddress(),
            PrivateDnsName = EniProvisioner.PrivateDnsName(world, ip),
            Description = "Primary network interface",
            GroupIds = [ScenarioIds.HostGroup],
            Status = NetworkInterface.InUse,
            Attachment = new EniAttachment(world.Ids.Resource("eni-attach"), spec.InstanceId, 0, EniAttachment.Attached, world.Now, true),
        });
        world.Instances.Add(spec.InstanceId, new Ec2Instance
        {
            Id = spec.InstanceId,
            InstanceType = spec.InstanceType,
            SubnetId = subnet.Id,
            VpcId = subnet.VpcId,
            AvailabilityZone = subnet.AvailabilityZone,
            ImageId = spec.ImageId,
            Platform = spec.OsType == "windows" ? "windows" : null,
            PrimaryNetworkInterfaceId = eniId,
            LaunchTime = world.Now,
        });
        var instance = new ContainerInstance
        {
            Id = spec.ContainerInstanceId,
            Arn = world.EcsArn($"container-instance/{ScenarioIds.ClusterName}/{spec.ContainerInstanceId}"),
            ClusterName = ScenarioIds.ClusterName,
            Ec2InstanceId = spec.InstanceId,
            RegisteredAt = world.Now,
            Attributes = [.. AgentAttributes(spec, subnet)],
        };
        world.ContainerInstances.Add(instance.Arn, instance);
        return instance;
    }

    /// <summary>What the ECS agent registers (docs/FACTS.md §2): OS type and family, task-ENI capability, VPC and subnet.</summary>
    private static IEnumerable<KeyValuePair<string, string>> AgentAttributes(HostSpec spec, Subnet subnet)
    {
        yield return new(ContainerInstance.OsTypeAttribute, spec.OsType);
        yield return new(ContainerInstance.OsFamilyAttribute, spec.OsFamily);
        yield return new("ecs.cpu-architecture", "x86_64");
        yield return new("ecs.instance-type", spec.InstanceType);
        yield return new("ecs.availability-zone", subnet.AvailabilityZone);
        yield return new("ecs.ami-id", spec.ImageId);
        yield return new("ecs.vpc-id", subnet.VpcId);
        yield return new("ecs.subnet-id", subnet.Id);
        yield return new("ecs.capability.task-eni", string.Empty);
        yield return new("com.amazonaws.ecs.capability.logging-driver.awslogs", string.Empty);
        if (spec.OsType == "windows")
        {
            yield return new("ecs.capability.gmsa", string.Empty);
        }
    }
}

/// <summary>A host to add: instance id, container instance id, subnet, type, OS.</summary>
public sealed record HostSpec(string InstanceId, string ContainerInstanceId, string SubnetId, string InstanceType, string OsType, string OsFamily, string ImageId);
