using System.Xml.Linq;
using EcsWinReconciler.Sandbox.State;
using static EcsWinReconciler.Sandbox.Wire.Ec2Xml;

namespace EcsWinReconciler.Sandbox.Ec2;

/// <summary>An ENI as DescribeNetworkInterfaces' <c>NetworkInterface</c> shape (element names from botocore's locationNames).</summary>
internal static class NetworkInterfaceXml
{
    public static IEnumerable<XElement?> Item(SandboxWorld world, NetworkInterface eni) =>
    [
        E("networkInterfaceId", eni.Id),
        E("subnetId", eni.SubnetId),
        E("vpcId", eni.VpcId),
        E("availabilityZone", eni.AvailabilityZone),
        E("description", eni.Description),
        E("ownerId", world.AccountId),
        // Requester-managed ENIs name who created them: for task ENIs, the ECS service's own principal.
        E("requesterId", eni.RequesterManaged ? NetworkInterface.EcsRequesterId : null),
        E("requesterManaged", eni.RequesterManaged),
        E("status", eni.Status),
        E("macAddress", eni.MacAddress),
        E("privateIpAddress", eni.PrivateIpAddress),
        E("privateDnsName", eni.PrivateDnsName),
        E("sourceDestCheck", eni.SourceDestCheck),
        Groups(world, eni.GroupIds),
        eni.Attachment is { } a ? Attachment(world, a) : null,
        eni.PublicIp is { } ip ? S("association", E("publicIp", ip), E("ipOwnerId", "amazon")) : null,
        Set("tagSet", Array.Empty<string>(), _ => []),
        Set("privateIpAddressesSet", [eni], e => [E("privateIpAddress", e.PrivateIpAddress), E("privateDnsName", e.PrivateDnsName), E("primary", true)]),
        Set("ipv6AddressesSet", Array.Empty<string>(), _ => []),
        E("interfaceType", eni.InterfaceType),
    ];

    public static XElement Groups(SandboxWorld world, IEnumerable<string> groupIds) =>
        Set("groupSet", groupIds, id => [E("groupId", id), E("groupName", world.SecurityGroups.GetValueOrDefault(id)?.Name)]);

    public static XElement Attachment(SandboxWorld world, EniAttachment attachment) => S("attachment",
        E("attachmentId", attachment.AttachmentId),
        E("instanceId", attachment.InstanceId),
        E("instanceOwnerId", world.AccountId),
        E("deviceIndex", attachment.DeviceIndex),
        E("networkCardIndex", 0),
        E("status", attachment.Status),
        E("attachTime", attachment.AttachTime),
        E("deleteOnTermination", attachment.DeleteOnTermination));
}
