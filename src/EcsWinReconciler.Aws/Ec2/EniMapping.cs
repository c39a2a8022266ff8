using Amazon.EC2.Model;
using EcsWinReconciler.Core.Common;
using EcsWinReconciler.Core.Observation;

namespace EcsWinReconciler.Aws.Ec2;

/// <summary>DescribeNetworkInterfaces item → <see cref="ObservedEni"/> (fields in docs/FACTS.md §4.1).</summary>
internal static class EniMapping
{
    public static ObservedEni Map(NetworkInterface eni) => new(
        eni.NetworkInterfaceId,
        eni.Status?.Value ?? string.Empty,
        MapAttachment(eni.Attachment),
        eni.SubnetId ?? string.Empty,
        eni.VpcId ?? string.Empty,
        NullIfEmpty(eni.PrivateIpAddress),
        NullIfEmpty(eni.PrivateDnsName),
        NullIfEmpty(eni.Association?.PublicIp),
        (eni.Groups ?? []).Select(g => g.GroupId).Where(id => !string.IsNullOrEmpty(id)).Order(StringComparer.Ordinal).ToEquatableArray(),
        NullIfEmpty(eni.Description),
        NullIfEmpty(eni.InterfaceType?.Value));

    private static EniAttachmentState? MapAttachment(NetworkInterfaceAttachment? attachment) =>
        attachment is null
            ? null
            : new EniAttachmentState(
                NullIfEmpty(attachment.AttachmentId),
                NullIfEmpty(attachment.InstanceId),
                attachment.DeviceIndex,
                attachment.Status?.Value ?? string.Empty);

    // EC2 writes empty elements (<description/>) as well as leaving them out; the model says "absent" for both.
    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
