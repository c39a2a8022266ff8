using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.Core.Reconciliation;

namespace EcsWinReconciler.Core.Ports;

/// <summary>
/// EC2 reads, batched: many ENIs or groups per call. VPC, DHCP, instance-type and rule reads may be cached
/// by the adapter for a short time across warm invocations; dropping them is the adapters' business, not the port's.
/// </summary>
public interface INetworkObserver
{
    /// <summary>
    /// ENIs by id, <see cref="EniReadPlan.IdsPerCall"/> per call; ids EC2 reports as not found come back in
    /// <see cref="EniBatch.Gone"/>, not as an error.
    /// </summary>
    Task<EniBatch> DescribeEnisAsync(IReadOnlyCollection<string> eniIds, CancellationToken cancellationToken);

    /// <summary>
    /// Every ENI attached to the instances (their primary ones included): <see cref="EniReadPlan.HostsPerFilter"/> hosts per
    /// filter, <see cref="EniReadPlan.EnisPerPage"/> ENIs per page. Cheaper than by id when a batch's tasks share few hosts.
    /// </summary>
    Task<IReadOnlyList<ObservedEni>> DescribeEnisOnHostsAsync(IReadOnlyCollection<string> instanceIds, CancellationToken cancellationToken);

    /// <summary>Groups with their ingress rules; groups that do not exist are absent.</summary>
    Task<IReadOnlyList<ObservedSecurityGroup>> DescribeSecurityGroupsAsync(IReadOnlyCollection<string> groupIds, CancellationToken cancellationToken);

    Task<VpcDnsObservation> DescribeVpcDnsAsync(string vpcId, CancellationToken cancellationToken);

    /// <summary>ENI slots on the instance; null when the instance is gone.</summary>
    Task<HostEniCapacity?> DescribeHostCapacityAsync(string instanceId, CancellationToken cancellationToken);

    /// <summary>
    /// Subnets by id with their free addresses, network ACL, route table (explicit association, else the VPC's main one) and
    /// the VPC's CIDR; subnets that do not exist are absent. What decides traffic leaving a task ENI.
    /// </summary>
    Task<IReadOnlyList<SubnetObservation>> DescribeSubnetsAsync(IReadOnlyCollection<string> subnetIds, CancellationToken cancellationToken);

    /// <summary>How many ENIs use each group (how far a rule edit reaches).</summary>
    Task<IReadOnlyDictionary<string, int>> CountEnisByGroupAsync(IReadOnlyCollection<string> groupIds, CancellationToken cancellationToken);
}
