using Amazon.EC2;
using Amazon.EC2.Model;
using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.Core.Ports;

namespace EcsWinReconciler.Aws.Ec2;

/// <summary>
/// ENI capacity of a container instance: DescribeInstances for its type, then (both at once) the type's
/// MaximumNetworkInterfaces from DescribeInstanceTypes (cached long) and the attached ENIs counted by filter.
/// </summary>
internal sealed class InstanceQueries(IAmazonEC2 ec2, Ec2ReadCache cache, EniQueries enis)
{
    public async Task<HostEniCapacity?> DescribeCapacityAsync(string instanceId, CancellationToken cancellationToken)
    {
        var instanceType = await InstanceTypeAsync(instanceId, cancellationToken).ConfigureAwait(false);
        if (instanceType is null)
        {
            return null;
        }

        var max = cache.InstanceTypeMaxEnis.GetAsync(instanceType, MaxInterfacesAsync, cancellationToken);
        var attached = enis.CountAttachedAsync(instanceId, cancellationToken);
        await Task.WhenAll(max, attached).ConfigureAwait(false);
        return new HostEniCapacity(instanceId, instanceType, await max.ConfigureAwait(false), await attached.ConfigureAwait(false));
    }

    /// <summary>The type, or null when EC2 no longer knows the instance or it is terminated (a terminated host has no slots to give).</summary>
    private async Task<string?> InstanceTypeAsync(string instanceId, CancellationToken cancellationToken)
    {
        DescribeInstancesResponse response;
        try
        {
            var request = new DescribeInstancesRequest { InstanceIds = [instanceId] };
            response = await Ec2Call.RunAsync("DescribeInstances", instanceId, ct => ec2.DescribeInstancesAsync(request, ct), cancellationToken)
                .ConfigureAwait(false);
        }
        catch (AdapterException error) when (error.ErrorCode == Ec2ErrorCodes.InstanceNotFound)
        {
            return null;
        }

        var instance = (response.Reservations ?? []).SelectMany(r => r.Instances ?? [])
            .FirstOrDefault(i => string.Equals(i.InstanceId, instanceId, StringComparison.Ordinal));
        return instance is null || instance.State?.Name == InstanceStateName.Terminated
            ? null
            : instance.InstanceType?.Value;
    }

    private async Task<int> MaxInterfacesAsync(string instanceType, CancellationToken cancellationToken)
    {
        var request = new DescribeInstanceTypesRequest { InstanceTypes = [instanceType] };
        var response = await Ec2Call.RunAsync("DescribeInstanceTypes", instanceType, ct => ec2.DescribeInstanceTypesAsync(request, ct), cancellationToken)
            .ConfigureAwait(false);
        var info = response.InstanceTypes?.FirstOrDefault(t => string.Equals(t.InstanceType?.Value, instanceType, StringComparison.Ordinal));
        return info?.NetworkInfo?.MaximumNetworkInterfaces
            ?? throw new AdapterException(Ec2Errors.Component, "DescribeInstanceTypes", instanceType, "no NetworkInfo.MaximumNetworkInterfaces for the instance type");
    }
}
