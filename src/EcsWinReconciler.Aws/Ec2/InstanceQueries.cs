using Amazon.EC2;
using Amazon.EC2.Model;
using EcsWinReconciler.Aws.Errors;
using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.Core.Ports;

namespace EcsWinReconciler.Aws.Ec2;

/// <summary>
/// ENI capacity of container instances, many hosts per call: their types from DescribeInstances (cached long), each
/// type's MaximumNetworkInterfaces from DescribeInstanceTypes (cached longer), and their attached ENIs counted with one
/// <c>attachment.instance-id</c> filter (cached briefly). A request for one host also loads the hosts
/// <see cref="HostReadAhead"/> expects, so a batch of tasks on H hosts costs about three calls, not 2·H.
/// </summary>
internal sealed class InstanceQueries(IAmazonEC2 ec2, Ec2ReadCache cache, EniQueries enis, HostReadAhead readAhead)
{
    public async Task<HostEniCapacity?> DescribeCapacityAsync(string instanceId, CancellationToken cancellationToken)
    {
        var hosts = readAhead.TakeWith(instanceId);
        var types = await cache.HostInstanceTypes.GetManyAsync(hosts, InstanceTypesAsync, cancellationToken).ConfigureAwait(false);
        var live = hosts.Where(h => types[h] is not null).ToList();
        if (types[instanceId] is not { } instanceType)
        {
            return null;
        }

        var maxima = cache.InstanceTypeMaxEnis.GetManyAsync([.. live.Select(h => types[h]!).Distinct(StringComparer.Ordinal)], MaxInterfacesAsync, cancellationToken);
        var attached = cache.HostEniCounts.GetManyAsync(live, enis.CountAttachedAsync, cancellationToken);
        await Task.WhenAll(maxima, attached).ConfigureAwait(false);
        return new HostEniCapacity(instanceId, instanceType, (await maxima.ConfigureAwait(false))[instanceType], (await attached.ConfigureAwait(false))[instanceId]);
    }

    /// <summary>Each host's type, or null when EC2 no longer knows the instance or it is terminated (a terminated host has no slots to give).</summary>
    private async Task<IReadOnlyDictionary<string, string?>> InstanceTypesAsync(IReadOnlyList<string> instanceIds, CancellationToken cancellationToken)
    {
        var types = instanceIds.ToDictionary(id => id, _ => (string?)null, StringComparer.Ordinal);
        foreach (var chunk in instanceIds.Chunk(Ec2Paging.IdsPerCall))
        {
            foreach (var instance in await DescribeChunkAsync(chunk, cancellationToken).ConfigureAwait(false))
            {
                if (instance.InstanceId is { } id && types.ContainsKey(id) && instance.State?.Name != InstanceStateName.Terminated)
                {
                    types[id] = instance.InstanceType?.Value;
                }
            }
        }

        return types;
    }

    /// <summary>
    /// By id; one unknown id fails the whole call (InvalidInstanceID.NotFound), so several are then asked again with the
    /// <c>instance-id</c> filter, which returns the ones that exist. A single unknown id needs no second call.
    /// </summary>
    private async Task<List<Instance>> DescribeChunkAsync(string[] chunk, CancellationToken cancellationToken)
    {
        try
        {
            var request = new DescribeInstancesRequest { InstanceIds = [.. chunk] };
            var response = await Ec2Call.RunAsync("DescribeInstances", chunk[0], ct => ec2.DescribeInstancesAsync(request, ct), cancellationToken).ConfigureAwait(false);
            return [.. (response.Reservations ?? []).SelectMany(r => r.Instances ?? [])];
        }
        catch (AdapterException error) when (error.ErrorCode == Ec2ErrorCodes.InstanceNotFound)
        {
            return chunk.Length == 1 ? [] : await ListByFilterAsync(chunk, cancellationToken).ConfigureAwait(false);
        }
    }

    private Task<List<Instance>> ListByFilterAsync(string[] chunk, CancellationToken cancellationToken) =>
        Ec2Paging.CollectAsync<Instance>(async token =>
        {
            var request = new DescribeInstancesRequest { Filters = [Ec2Paging.Filter("instance-id", chunk)], MaxResults = Ec2Paging.PageSize, NextToken = token };
            var response = await Ec2Call.RunAsync("DescribeInstances", chunk[0], ct => ec2.DescribeInstancesAsync(request, ct), cancellationToken).ConfigureAwait(false);
            return ([.. (response.Reservations ?? []).SelectMany(r => r.Instances ?? [])], response.NextToken);
        });

    /// <summary>DescribeInstanceTypes takes up to 100 types per call.</summary>
    private async Task<IReadOnlyDictionary<string, int>> MaxInterfacesAsync(IReadOnlyList<string> instanceTypes, CancellationToken cancellationToken)
    {
        var maxima = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var chunk in instanceTypes.Chunk(100))
        {
            var request = new DescribeInstanceTypesRequest { InstanceTypes = [.. chunk] };
            var response = await Ec2Call.RunAsync("DescribeInstanceTypes", chunk[0], ct => ec2.DescribeInstanceTypesAsync(request, ct), cancellationToken)
                .ConfigureAwait(false);
            foreach (var type in chunk)
            {
                var info = response.InstanceTypes?.FirstOrDefault(t => string.Equals(t.InstanceType?.Value, type, StringComparison.Ordinal));
                maxima[type] = info?.NetworkInfo?.MaximumNetworkInterfaces
                    ?? throw new AdapterException(AwsErrorFacts.Ec2.Component, "DescribeInstanceTypes", type, "no NetworkInfo.MaximumNetworkInterfaces for the instance type");
            }
        }

        return maxima;
    }
}
