using EcsWinReconciler.Sandbox.State;

namespace EcsWinReconciler.Sandbox.Lifecycle;

/// <summary>
/// What ECS does in EC2 for a task: create its ENI (requester-managed, described by the attachment ARN), attach it
/// when the host has a free ENI slot, and delete it when the task stops (docs/FACTS.md §1.2, §3.1, §4.1).
/// </summary>
internal static class EniProvisioner
{
    public static NetworkInterface Create(SandboxWorld world, Subnet subnet, IReadOnlyList<string> groupIds, string attachmentId)
    {
        var ip = subnet.AllocateAddress();
        var eni = new NetworkInterface
        {
            Id = world.Ids.Resource("eni"),
            SubnetId = subnet.Id,
            VpcId = subnet.VpcId,
            AvailabilityZone = subnet.AvailabilityZone,
            PrivateIpAddress = ip,
            MacAddress = world.Ids.MacAddress(),
            PrivateDnsName = PrivateDnsName(world, ip),
            Description = world.EcsArn($"attachment/{attachmentId}"),
            GroupIds = [.. groupIds],
            RequesterManaged = true,
        };
        world.NetworkInterfaces.Add(eni.Id, eni);
        return eni;
    }

    /// <summary>Attaches at the lowest free device index; false when every ENI slot of the instance type is taken.</summary>
    public static bool TryAttach(SandboxWorld world, NetworkInterface eni, string instanceId)
    {
        var instance = world.Instances[instanceId];
        var used = world.NetworkInterfaces.Values
            .Where(n => n.Attachment?.InstanceId == instanceId)
            .Select(n => n.Attachment!.DeviceIndex)
            .ToHashSet();
        if (used.Count >= world.InstanceTypes[instance.InstanceType].MaximumNetworkInterfaces)
        {
            return false;
        }

        var index = Enumerable.Range(1, 64).First(i => !used.Contains(i));
        eni.Attachment = new EniAttachment(world.Ids.Resource("eni-attach"), instanceId, index, EniAttachment.Attached, world.Now, false);
        eni.Status = NetworkInterface.InUse;
        return true;
    }

    public static void Delete(SandboxWorld world, string? eniId)
    {
        if (eniId is not null)
        {
            world.NetworkInterfaces.Remove(eniId);
        }
    }

    /// <summary><c>ip-10-0-0-20.ec2.internal</c>: EC2's private DNS name for an address.</summary>
    public static string PrivateDnsName(SandboxWorld world, string ip) => $"ip-{ip.Replace('.', '-')}.{world.PrivateDnsSuffix}";
}
