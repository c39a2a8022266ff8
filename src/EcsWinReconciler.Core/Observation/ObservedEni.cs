using EcsWinReconciler.Core.Common;

namespace EcsWinReconciler.Core.Observation;

/// <summary>A network interface as DescribeNetworkInterfaces shows it.</summary>
public sealed record ObservedEni(
    string Id,
    string Status,
    EniAttachmentState? Attachment,
    string SubnetId,
    string VpcId,
    string? PrivateIpv4Address,
    string? PrivateDnsName,
    string? PublicIp,
    EquatableArray<string> GroupIds,
    string? Description,
    string? InterfaceType = null)
{
    public const string InUse = "in-use";

    public bool IsInUseAndAttached => Status == InUse && Attachment is { Status: EniAttachmentState.Attached };
}

/// <summary>The ENI's attachment to an instance.</summary>
public sealed record EniAttachmentState(string? AttachmentId, string? InstanceId, int? DeviceIndex, string Status)
{
    public const string Attached = "attached";
}
