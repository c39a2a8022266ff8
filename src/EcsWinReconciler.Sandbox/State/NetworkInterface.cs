namespace EcsWinReconciler.Sandbox.State;

/// <summary>
/// An ENI. Task ENIs are created by ECS: requester-managed, description = the ECS attachment ARN (docs/FACTS.md §1.2,
/// §4.1), and they cannot be modified by the account (docs/FACTS.md §4.2).
/// </summary>
public sealed class NetworkInterface
{
    public const string InUse = "in-use";
    public const string Available = "available";

    /// <summary>
    /// RequesterId of the ENIs ECS creates for awsvpc tasks: the ECS service's account, not the customer's
    /// [UNCERTAIN: the value seen in us-east-1; it is AWS's account, so it may differ by partition].
    /// </summary>
    public const string EcsRequesterId = "578734482556";

    public required string Id { get; init; }

    public required string SubnetId { get; init; }

    public required string VpcId { get; init; }

    public required string AvailabilityZone { get; init; }

    public required string PrivateIpAddress { get; init; }

    public required string MacAddress { get; init; }

    public required string PrivateDnsName { get; init; }

    public string Description { get; set; } = string.Empty;

    public List<string> GroupIds { get; init; } = [];

    public string Status { get; set; } = Available;

    public EniAttachment? Attachment { get; set; }

    public bool RequesterManaged { get; init; }

    public string InterfaceType { get; init; } = "interface";

    public bool SourceDestCheck { get; set; } = true;

    public string? PublicIp { get; init; }
}

/// <summary>The ENI's attachment to an instance.</summary>
public sealed record EniAttachment(string AttachmentId, string InstanceId, int DeviceIndex, string Status, DateTimeOffset AttachTime, bool DeleteOnTermination)
{
    public const string Attached = "attached";
}
