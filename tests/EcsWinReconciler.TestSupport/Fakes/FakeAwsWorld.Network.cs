using EcsWinReconciler.Core.Observation;

namespace EcsWinReconciler.TestSupport.Fakes;

public sealed partial class FakeAwsWorld
{
    public Task<EniBatch> DescribeEnisAsync(IReadOnlyCollection<string> eniIds, CancellationToken cancellationToken)
    {
        Count("DescribeNetworkInterfaces");
        lock (Gate)
        {
            var found = eniIds.Where(Enis.ContainsKey).ToDictionary(id => id, id => Enis[id], StringComparer.Ordinal);
            var gone = eniIds.Where(id => !Enis.ContainsKey(id)).ToHashSet(StringComparer.Ordinal);
            return Task.FromResult(new EniBatch(found, gone));
        }
    }

    public Task<IReadOnlyList<ObservedEni>> DescribeEnisOnHostsAsync(IReadOnlyCollection<string> instanceIds, CancellationToken cancellationToken)
    {
        // The same EC2 operation as by id (so a fault injected on it hits both reads).
        Count("DescribeNetworkInterfaces");
        lock (Gate)
        {
            var hosts = instanceIds.ToHashSet(StringComparer.Ordinal);
            return Task.FromResult<IReadOnlyList<ObservedEni>>([.. Enis.Values.Where(e => e.Attachment?.InstanceId is { } host && hosts.Contains(host))]);
        }
    }

    public Task<IReadOnlyList<ObservedSecurityGroup>> DescribeSecurityGroupsAsync(IReadOnlyCollection<string> groupIds, CancellationToken cancellationToken)
    {
        Count("DescribeSecurityGroupRules");
        lock (Gate)
        {
            return Task.FromResult<IReadOnlyList<ObservedSecurityGroup>>([.. groupIds.Select(id => Groups.GetValueOrDefault(id)).OfType<ObservedSecurityGroup>()]);
        }
    }

    public Task<VpcDnsObservation> DescribeVpcDnsAsync(string vpcId, CancellationToken cancellationToken)
    {
        Count("DescribeVpcDns");
        lock (Gate)
        {
            return Task.FromResult(Vpcs[vpcId]);
        }
    }

    public Task<HostEniCapacity?> DescribeHostCapacityAsync(string instanceId, CancellationToken cancellationToken)
    {
        Count("DescribeHostCapacity");
        lock (Gate)
        {
            return Task.FromResult(Hosts.GetValueOrDefault(instanceId));
        }
    }

    public Task<IReadOnlyList<SubnetObservation>> DescribeSubnetsAsync(IReadOnlyCollection<string> subnetIds, CancellationToken cancellationToken)
    {
        Count("DescribeSubnets");
        lock (Gate)
        {
            return Task.FromResult<IReadOnlyList<SubnetObservation>>([.. subnetIds.Select(id => Subnets.GetValueOrDefault(id)).OfType<SubnetObservation>()]);
        }
    }

    public Task<IReadOnlyDictionary<string, int>> CountEnisByGroupAsync(IReadOnlyCollection<string> groupIds, CancellationToken cancellationToken)
    {
        Count("CountEnisByGroup");
        lock (Gate)
        {
            IReadOnlyDictionary<string, int> counts = groupIds.ToDictionary(g => g, g => Enis.Values.Count(e => e.GroupIds.Contains(g)), StringComparer.Ordinal);
            return Task.FromResult(counts);
        }
    }
}
