using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.Core.Ports;

namespace EcsWinReconciler.TestSupport.Crashes;

/// <summary><see cref="INetworkObserver"/> under a <see cref="CrashPlan"/>.</summary>
public sealed class CrashingNetworkObserver(INetworkObserver inner, CrashPlan plan) : INetworkObserver
{
    public Task<EniBatch> DescribeEnisAsync(IReadOnlyCollection<string> eniIds, CancellationToken cancellationToken) =>
        plan.CallAsync("ec2.DescribeNetworkInterfaces", false, () => inner.DescribeEnisAsync(eniIds, cancellationToken));

    public Task<IReadOnlyList<ObservedSecurityGroup>> DescribeSecurityGroupsAsync(IReadOnlyCollection<string> groupIds, CancellationToken cancellationToken) =>
        plan.CallAsync("ec2.DescribeSecurityGroups", false, () => inner.DescribeSecurityGroupsAsync(groupIds, cancellationToken));

    public Task<VpcDnsObservation> DescribeVpcDnsAsync(string vpcId, CancellationToken cancellationToken) =>
        plan.CallAsync("ec2.DescribeVpcDns", false, () => inner.DescribeVpcDnsAsync(vpcId, cancellationToken));

    public Task<HostEniCapacity?> DescribeHostCapacityAsync(string instanceId, CancellationToken cancellationToken) =>
        plan.CallAsync("ec2.DescribeHostCapacity", false, () => inner.DescribeHostCapacityAsync(instanceId, cancellationToken));

    public Task<IReadOnlyList<SubnetObservation>> DescribeSubnetsAsync(IReadOnlyCollection<string> subnetIds, CancellationToken cancellationToken) =>
        plan.CallAsync("ec2.DescribeSubnets", false, () => inner.DescribeSubnetsAsync(subnetIds, cancellationToken));

    public Task<IReadOnlyList<ObservedEni>> DescribeEnisOnHostsAsync(IReadOnlyCollection<string> instanceIds, CancellationToken cancellationToken) =>
        plan.CallAsync("ec2.DescribeEnisOnHosts", false, () => inner.DescribeEnisOnHostsAsync(instanceIds, cancellationToken));

    public Task<IReadOnlyDictionary<string, int>> CountEnisByGroupAsync(IReadOnlyCollection<string> groupIds, CancellationToken cancellationToken) =>
        plan.CallAsync("ec2.CountEnisByGroup", false, () => inner.CountEnisByGroupAsync(groupIds, cancellationToken));
}
