using System.Xml.Linq;
using EcsWinReconciler.Sandbox.State;
using EcsWinReconciler.Sandbox.Wire;
using static EcsWinReconciler.Sandbox.Wire.Ec2Xml;

namespace EcsWinReconciler.Sandbox.Ec2;

/// <summary>DescribeInstances (with every attached ENI) and DescribeInstanceTypes (the ENI limit, docs/FACTS.md §3.1).</summary>
internal static class InstanceHandlers
{
    private static readonly string[] Filters = ["instance-id", "vpc-id", "subnet-id", "instance-state-name", "instance-type", "network-interface.network-interface-id"];

    public static IEnumerable<XElement?> DescribeInstances(Ec2Request request)
    {
        var ids = request.Parameters.List("InstanceId");
        var filters = Ec2Filter.Parse(request.Parameters, Filters);
        foreach (var id in ids)
        {
            Ec2Ids.CheckShape(id, "i", "InvalidInstanceID.Malformed");
        }

        request.StopIfDryRun();
        return request.State.Read(world =>
        {
            foreach (var id in ids.Where(id => !world.Instances.ContainsKey(id)))
            {
                throw Ec2Ids.NotFound("InvalidInstanceID.NotFound", "instance", id);
            }

            var matching = world.Instances.Values
                .Where(i => ids.Count == 0 || ids.Contains(i.Id))
                .Where(i => Ec2Filter.MatchesAll(filters, f => InstanceValues(world, i, f)))
                .ToList();
            var (page, next) = Ec2Paging.Page(matching, request.Parameters);
            return new XElement?[] { Set("reservationSet", page, i => Reservation(world, i)), E("nextToken", next) };
        });
    }

    public static IEnumerable<XElement?> DescribeInstanceTypes(Ec2Request request)
    {
        var names = request.Parameters.List("InstanceType");
        request.StopIfDryRun();
        return request.State.Read(world =>
        {
            foreach (var name in names.Where(n => !world.InstanceTypes.ContainsKey(n)))
            {
                throw new ApiException("InvalidInstanceType", $"The following supplied instance types do not exist: [{name}]");
            }

            var matching = world.InstanceTypes.Values.Where(t => names.Count == 0 || names.Contains(t.Name)).ToList();
            var (page, next) = Ec2Paging.Page(matching, request.Parameters, 5, 100);
            return new XElement?[] { Set("instanceTypeSet", page, InstanceType), E("nextToken", next) };
        });
    }

    private static IEnumerable<XElement?> InstanceType(InstanceTypeInfo type) =>
    [
        E("instanceType", type.Name),
        E("currentGeneration", true),
        E("hypervisor", "nitro"),
        S("vCpuInfo", E("defaultVCpus", type.VCpus)),
        S("memoryInfo", E("sizeInMiB", type.MemoryMiB)),
        S("networkInfo",
            E("networkPerformance", type.NetworkPerformance),
            E("maximumNetworkInterfaces", type.MaximumNetworkInterfaces),
            E("maximumNetworkCards", 1),
            E("defaultNetworkCardIndex", 0),
            E("ipv4AddressesPerInterface", type.Ipv4AddressesPerInterface),
            E("ipv6AddressesPerInterface", type.Ipv4AddressesPerInterface),
            E("ipv6Supported", true),
            E("enaSupport", "required"),
            E("efaSupported", false)),
    ];

    private static IEnumerable<XElement?> Reservation(SandboxWorld world, Ec2Instance instance) =>
    [
        E("reservationId", "r-" + instance.Id[2..]),
        E("ownerId", world.AccountId),
        Set("groupSet", Array.Empty<string>(), _ => []),
        Set("instancesSet", [instance], i => Instance(world, i)),
    ];

    private static IEnumerable<XElement?> Instance(SandboxWorld world, Ec2Instance instance)
    {
        var primary = world.NetworkInterfaces[instance.PrimaryNetworkInterfaceId];
        var attached = world.NetworkInterfaces.Values.Where(n => n.Attachment?.InstanceId == instance.Id).OrderBy(n => n.Attachment!.DeviceIndex).ToList();
        return
        [
            E("instanceId", instance.Id),
            E("imageId", instance.ImageId),
            S("instanceState", E("code", instance.StateName == "running" ? 16 : 80), E("name", instance.StateName)),
            E("privateDnsName", primary.PrivateDnsName),
            E("instanceType", instance.InstanceType),
            E("launchTime", instance.LaunchTime),
            S("placement", E("availabilityZone", instance.AvailabilityZone), E("tenancy", "default")),
            E("platform", instance.Platform),
            E("subnetId", instance.SubnetId),
            E("vpcId", instance.VpcId),
            E("privateIpAddress", primary.PrivateIpAddress),
            NetworkInterfaceXml.Groups(world, primary.GroupIds),
            E("architecture", "x86_64"),
            Set("networkInterfaceSet", attached, n => NetworkInterface(world, n)),
        ];
    }

    private static IEnumerable<XElement?> NetworkInterface(SandboxWorld world, NetworkInterface eni) =>
    [
        E("networkInterfaceId", eni.Id),
        E("subnetId", eni.SubnetId),
        E("vpcId", eni.VpcId),
        E("description", eni.Description),
        E("ownerId", world.AccountId),
        E("status", eni.Status),
        E("macAddress", eni.MacAddress),
        E("privateIpAddress", eni.PrivateIpAddress),
        E("privateDnsName", eni.PrivateDnsName),
        E("sourceDestCheck", eni.SourceDestCheck),
        NetworkInterfaceXml.Groups(world, eni.GroupIds),
        eni.Attachment is { } a
            ? S("attachment", E("attachmentId", a.AttachmentId), E("deviceIndex", a.DeviceIndex), E("status", a.Status), E("attachTime", a.AttachTime), E("deleteOnTermination", a.DeleteOnTermination), E("networkCardIndex", 0))
            : null,
        E("interfaceType", eni.InterfaceType),
    ];

    private static IEnumerable<string?> InstanceValues(SandboxWorld world, Ec2Instance instance, string filter) => filter switch
    {
        "instance-id" => [instance.Id],
        "vpc-id" => [instance.VpcId],
        "subnet-id" => [instance.SubnetId],
        "instance-state-name" => [instance.StateName],
        "instance-type" => [instance.InstanceType],
        _ => world.NetworkInterfaces.Values.Where(n => n.Attachment?.InstanceId == instance.Id).Select(n => n.Id),
    };
}
