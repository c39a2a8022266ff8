using Amazon.EC2;
using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.Core.Ports;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace EcsWinReconciler.Aws.Ec2;

/// <summary>
/// <see cref="INetworkObserver"/> on AWSSDK.EC2. Reads are batched (200 ids per call, 1000 items per page) and VPC,
/// DHCP, security-group, instance-type, host and subnet reads go through <see cref="Ec2ReadCache"/>. Failures surface as
/// <see cref="AdapterException"/> (component "ec2") once the SDK's own retries are spent; a deleted ENI is "gone", not a failure.
/// </summary>
public sealed class Ec2NetworkObserver : INetworkObserver
{
    private readonly Ec2ReadCache _cache;
    private readonly EniQueries _enis;
    private readonly SecurityGroupQueries _groups;
    private readonly VpcDnsQueries _vpcDns;
    private readonly InstanceQueries _instances;
    private readonly SubnetQueries _subnets;
    private readonly HostReadAhead _hostsAhead = new();

    public Ec2NetworkObserver(IAmazonEC2 ec2, Ec2ReadCache cache, ILogger<Ec2NetworkObserver>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(ec2);
        ArgumentNullException.ThrowIfNull(cache);
        _cache = cache;
        _enis = new EniQueries(ec2, logger ?? NullLogger<Ec2NetworkObserver>.Instance);
        _groups = new SecurityGroupQueries(ec2);
        _vpcDns = new VpcDnsQueries(ec2, cache);
        _instances = new InstanceQueries(ec2, cache, _enis, _hostsAhead);
        _subnets = new SubnetQueries(ec2);
    }

    /// <summary>The cache this observer reads through: share it with <see cref="Ec2Actuator"/>, invalidate through it.</summary>
    public Ec2ReadCache Cache => _cache;

    /// <summary>The hosts of the ENIs found are remembered: asking for one host's capacity next loads them all at once.</summary>
    public async Task<EniBatch> DescribeEnisAsync(IReadOnlyCollection<string> eniIds, CancellationToken cancellationToken)
    {
        var batch = await _enis.DescribeAsync(eniIds, cancellationToken).ConfigureAwait(false);
        _hostsAhead.Expect(batch.Found.Values.Select(eni => eni.Attachment?.InstanceId));
        return batch;
    }

    /// <summary>
    /// The same read answers the hosts' attached-ENI counts: they are kept (<see cref="Ec2ReadCache.HostEniCounts"/>), so
    /// asking for these hosts' capacity next reads no ENIs again, and the hosts are expected for the type reads.
    /// </summary>
    public async Task<IReadOnlyList<ObservedEni>> DescribeEnisOnHostsAsync(IReadOnlyCollection<string> instanceIds, CancellationToken cancellationToken)
    {
        var hosts = Ec2Paging.DistinctIds(instanceIds);
        if (hosts.Count == 0)
        {
            return [];
        }

        var enis = await _enis.OnHostsAsync(hosts, cancellationToken).ConfigureAwait(false);
        foreach (var (host, count) in EniQueries.Count(hosts, enis))
        {
            _cache.HostEniCounts.Set(host, count);
        }

        _hostsAhead.Expect(hosts);
        return enis;
    }

    public async Task<IReadOnlyList<ObservedSecurityGroup>> DescribeSecurityGroupsAsync(IReadOnlyCollection<string> groupIds, CancellationToken cancellationToken)
    {
        var ids = Ec2Paging.DistinctIds(groupIds);
        if (ids.Count == 0)
        {
            return [];
        }

        var groups = await _cache.SecurityGroups.GetManyAsync(ids, _groups.LoadAsync, cancellationToken).ConfigureAwait(false);
        return [.. ids.Select(id => groups[id]).OfType<ObservedSecurityGroup>()];
    }

    public Task<VpcDnsObservation> DescribeVpcDnsAsync(string vpcId, CancellationToken cancellationToken) =>
        _cache.VpcDns.GetAsync(vpcId, _vpcDns.LoadAsync, cancellationToken);

    public Task<HostEniCapacity?> DescribeHostCapacityAsync(string instanceId, CancellationToken cancellationToken) =>
        _instances.DescribeCapacityAsync(instanceId, cancellationToken);

    public async Task<IReadOnlyList<SubnetObservation>> DescribeSubnetsAsync(IReadOnlyCollection<string> subnetIds, CancellationToken cancellationToken)
    {
        var ids = Ec2Paging.DistinctIds(subnetIds);
        if (ids.Count == 0)
        {
            return [];
        }

        var subnets = await _cache.Subnets.GetManyAsync(ids, LoadSubnetsAsync, cancellationToken).ConfigureAwait(false);
        return [.. ids.Select(id => subnets[id]).OfType<SubnetObservation>()];
    }

    public Task<IReadOnlyDictionary<string, int>> CountEnisByGroupAsync(IReadOnlyCollection<string> groupIds, CancellationToken cancellationToken) =>
        _enis.CountByGroupAsync(groupIds, cancellationToken);

    /// <summary>Every id asked for gets a value: the subnet, or null when EC2 does not know it (remembered like a found one).</summary>
    private async Task<IReadOnlyDictionary<string, SubnetObservation?>> LoadSubnetsAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        var found = (await _subnets.LoadAsync(ids, cancellationToken).ConfigureAwait(false)).ToDictionary(s => s.SubnetId, StringComparer.Ordinal);
        return ids.ToDictionary(id => id, id => found.GetValueOrDefault(id), StringComparer.Ordinal);
    }
}
