using Amazon.EC2;
using Amazon.EC2.Model;
using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.Core.Ports;
using Microsoft.Extensions.Logging;

namespace EcsWinReconciler.Aws.Ec2;

/// <summary>The DescribeNetworkInterfaces reads: ENIs by id (with "gone" detection), ENIs per group, ENIs per instance.</summary>
internal sealed class EniQueries(IAmazonEC2 ec2, ILogger logger)
{
    private const string Operation = "DescribeNetworkInterfaces";

    /// <summary>
    /// One call per 200 ids with NetworkInterfaceId.N (never MaxResults: EC2 rejects it with ids, docs/FACTS.md §4.1). When
    /// EC2 answers InvalidNetworkInterfaceID.NotFound the whole call failed, so the same ids are asked once more with
    /// the <c>network-interface-id</c> filter, which returns the ones that exist. That costs one call only when an
    /// ENI is gone, and trusts no error-message format (the message lists the missing ids in prose EC2 may reword).
    /// </summary>
    public async Task<EniBatch> DescribeAsync(IReadOnlyCollection<string> eniIds, CancellationToken cancellationToken)
    {
        var ids = Ec2Paging.DistinctIds(eniIds);
        var found = new Dictionary<string, ObservedEni>(StringComparer.Ordinal);
        foreach (var chunk in ids.Chunk(Ec2Paging.IdsPerCall))
        {
            foreach (var eni in await DescribeChunkAsync(chunk, cancellationToken).ConfigureAwait(false))
            {
                found[eni.NetworkInterfaceId] = EniMapping.Map(eni);
            }
        }

        var gone = ids.Where(id => !found.ContainsKey(id)).ToHashSet(StringComparer.Ordinal);
        return new EniBatch(found, gone);
    }

    /// <summary>ENIs using each group, one paginated call per 200 groups with the <c>group-id</c> filter.</summary>
    public async Task<IReadOnlyDictionary<string, int>> CountByGroupAsync(IReadOnlyCollection<string> groupIds, CancellationToken cancellationToken)
    {
        var ids = Ec2Paging.DistinctIds(groupIds);
        var counts = ids.ToDictionary(id => id, _ => 0, StringComparer.Ordinal);
        foreach (var chunk in ids.Chunk(Ec2Paging.IdsPerCall))
        {
            var wanted = chunk.ToHashSet(StringComparer.Ordinal);
            var enis = await ListByFilterAsync(Ec2Paging.Filter("group-id", chunk), chunk[0], cancellationToken).ConfigureAwait(false);
            foreach (var groupId in enis.SelectMany(e => e.Groups ?? []).Select(g => g.GroupId).Where(wanted.Contains))
            {
                counts[groupId]++;
            }
        }

        return counts;
    }

    /// <summary>ENIs attached to each instance (the primary one included), counted from <see cref="OnHostsAsync"/>.</summary>
    public async Task<IReadOnlyDictionary<string, int>> CountAttachedAsync(IReadOnlyList<string> instanceIds, CancellationToken cancellationToken) =>
        Count(instanceIds, await OnHostsAsync(instanceIds, cancellationToken).ConfigureAwait(false));

    /// <summary>Every ENI attached to the instances, one paginated call per 200 instances with the <c>attachment.instance-id</c> filter.</summary>
    public async Task<List<ObservedEni>> OnHostsAsync(IReadOnlyList<string> instanceIds, CancellationToken cancellationToken)
    {
        var enis = new List<ObservedEni>();
        foreach (var chunk in Ec2Paging.DistinctIds(instanceIds).Chunk(Ec2Paging.IdsPerCall))
        {
            enis.AddRange((await ListByFilterAsync(Ec2Paging.Filter("attachment.instance-id", chunk), chunk[0], cancellationToken).ConfigureAwait(false)).Select(EniMapping.Map));
        }

        return enis;
    }

    /// <summary>How many of <paramref name="enis"/> each instance has attached (zero for one with none).</summary>
    public static IReadOnlyDictionary<string, int> Count(IReadOnlyList<string> instanceIds, IEnumerable<ObservedEni> enis)
    {
        var counts = instanceIds.Distinct(StringComparer.Ordinal).ToDictionary(id => id, _ => 0, StringComparer.Ordinal);
        foreach (var instanceId in enis.Select(e => e.Attachment?.InstanceId).OfType<string>().Where(counts.ContainsKey))
        {
            counts[instanceId]++;
        }

        return counts;
    }

    private async Task<List<NetworkInterface>> DescribeChunkAsync(string[] chunk, CancellationToken cancellationToken)
    {
        try
        {
            var request = new DescribeNetworkInterfacesRequest { NetworkInterfaceIds = [.. chunk] };
            var response = await Ec2Call.RunAsync(Operation, chunk[0], ct => ec2.DescribeNetworkInterfacesAsync(request, ct), cancellationToken)
                .ConfigureAwait(false);
            return response.NetworkInterfaces ?? [];
        }
        catch (AdapterException error) when (error.ErrorCode == Ec2ErrorCodes.NetworkInterfaceNotFound)
        {
            var existing = await ListByFilterAsync(Ec2Paging.Filter("network-interface-id", chunk), chunk[0], cancellationToken).ConfigureAwait(false);
            Ec2Log.EnisGone(logger, chunk.Length - existing.Count, chunk.Length);
            return existing;
        }
    }

    private Task<List<NetworkInterface>> ListByFilterAsync(Filter filter, string resourceId, CancellationToken cancellationToken) =>
        Ec2Paging.CollectAsync<NetworkInterface>(async token =>
        {
            var request = new DescribeNetworkInterfacesRequest { Filters = [filter], MaxResults = Ec2Paging.PageSize, NextToken = token };
            var response = await Ec2Call.RunAsync(Operation, resourceId, ct => ec2.DescribeNetworkInterfacesAsync(request, ct), cancellationToken)
                .ConfigureAwait(false);
            return (response.NetworkInterfaces, response.NextToken);
        });
}
