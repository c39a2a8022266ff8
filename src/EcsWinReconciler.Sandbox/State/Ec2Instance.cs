namespace EcsWinReconciler.Sandbox.State;

/// <summary>An EC2 instance (a container instance's host) with its primary ENI at device index 0.</summary>
public sealed class Ec2Instance
{
    public required string Id { get; init; }

    public required string InstanceType { get; init; }

    public required string SubnetId { get; init; }

    public required string VpcId { get; init; }

    public required string AvailabilityZone { get; init; }

    public required string ImageId { get; init; }

    public required string PrimaryNetworkInterfaceId { get; init; }

    public required DateTimeOffset LaunchTime { get; init; }

    /// <summary><c>windows</c> for Windows AMIs; null for Linux (EC2's Platform field).</summary>
    public string? Platform { get; init; }

    public string StateName { get; set; } = "running";
}
