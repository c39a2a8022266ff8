namespace EcsWinReconciler.Core.Observation;

/// <summary>
/// ENI slots on the container instance: <see cref="MaxInterfaces"/> from DescribeInstanceTypes
/// (NetworkInfo.MaximumNetworkInterfaces, the primary ENI included), <see cref="AttachedInterfaces"/> counted on the host.
/// Windows has no ENI trunking, so this is the hard cap on awsvpc tasks.
/// </summary>
public sealed record HostEniCapacity(string InstanceId, string InstanceType, int MaxInterfaces, int AttachedInterfaces)
{
    public int Free => Math.Max(0, MaxInterfaces - AttachedInterfaces);
}
