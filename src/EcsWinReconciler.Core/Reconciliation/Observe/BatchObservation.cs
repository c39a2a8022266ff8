using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.Core.Ports;

namespace EcsWinReconciler.Core.Reconciliation;

/// <summary>
/// The network facts of a whole batch, read with as few calls as the API allows: all ENIs in one call, all
/// their groups in one, each VPC and host once, the last three side by side. Only what some task's spec will check is read.
/// </summary>
internal sealed class BatchObservation
{
    private readonly EniBatch _enis;
    private readonly IReadOnlyDictionary<string, ObservedSecurityGroup> _groups;
    private readonly IReadOnlyDictionary<string, VpcDnsObservation> _vpcs;
    private readonly IReadOnlyDictionary<string, HostEniCapacity?> _hosts;

    private BatchObservation(EniBatch enis, IReadOnlyDictionary<string, ObservedSecurityGroup> groups, IReadOnlyDictionary<string, VpcDnsObservation> vpcs, IReadOnlyDictionary<string, HostEniCapacity?> hosts)
    {
        _enis = enis;
        _groups = groups;
        _vpcs = vpcs;
        _hosts = hosts;
    }

    public static async Task<BatchObservation> GatherAsync(INetworkObserver network, IReadOnlyList<TaskContext> contexts, CancellationToken cancellationToken)
    {
        var eniIds = contexts.Select(c => c.Task!.EniAttachment?.NetworkInterfaceId).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var enis = eniIds.Count > 0 ? await network.DescribeEnisAsync(eniIds, cancellationToken).ConfigureAwait(false) : EniBatch.Empty;

        var groupIds = contexts
            .Where(c => c.Spec!.Spec.Spec.SecurityGroups is not null)
            .SelectMany(c => EniOf(c, enis)?.GroupIds ?? [])
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var vpcIds = contexts.Where(c => c.Spec!.Spec.Spec.Dns is not null).Select(c => EniOf(c, enis)?.VpcId).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var instanceIds = contexts.Select(c => EniOf(c, enis)?.Attachment?.InstanceId).OfType<string>().Distinct(StringComparer.Ordinal).ToList();

        // Groups, VPCs and hosts do not depend on each other: read them side by side, so a cold batch waits for the
        // slowest of the three, not their sum (each keeps its own order of calls).
        var groups = groupIds.Count > 0 ? network.DescribeSecurityGroupsAsync(groupIds, cancellationToken) : Task.FromResult<IReadOnlyList<ObservedSecurityGroup>>([]);
        var vpcs = EachAsync(vpcIds, id => network.DescribeVpcDnsAsync(id, cancellationToken));
        var hosts = EachAsync(instanceIds, id => network.DescribeHostCapacityAsync(id, cancellationToken));
        await Task.WhenAll(groups, vpcs, hosts).ConfigureAwait(false);

        return new BatchObservation(enis, (await groups.ConfigureAwait(false)).ToDictionary(g => g.Id, StringComparer.Ordinal), await vpcs.ConfigureAwait(false), await hosts.ConfigureAwait(false));
    }

    /// <summary>One read per id, one after the other.</summary>
    private static async Task<IReadOnlyDictionary<string, T>> EachAsync<T>(List<string> ids, Func<string, Task<T>> read)
    {
        var values = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            values[id] = await read(id).ConfigureAwait(false);
        }

        return values;
    }

    /// <summary>The task's observation (its service and group usage counts are added later, only when a finding needs them).</summary>
    public TaskObservation For(TaskContext context)
    {
        var task = context.Task!;
        var eni = EniOf(context, _enis);
        var lookup = task.EniAttachment switch
        {
            null => EniLookup.NoAttachment,
            { NetworkInterfaceId: null } => EniLookup.NoInterfaceId,
            _ when eni is not null => EniLookup.Found,
            _ => EniLookup.Gone,
        };
        var groups = (eni?.GroupIds ?? []).Select(id => _groups.GetValueOrDefault(id)).OfType<ObservedSecurityGroup>();
        var vpc = eni is not null ? _vpcs.GetValueOrDefault(eni.VpcId) : null;
        var host = eni?.Attachment?.InstanceId is { } instance ? _hosts.GetValueOrDefault(instance) : null;
        return new TaskObservation(task, context.Platform!, lookup, eni, [.. groups], vpc, host, null, []);
    }

    private static ObservedEni? EniOf(TaskContext context, EniBatch enis) =>
        context.Task!.EniAttachment?.NetworkInterfaceId is { } id ? enis.Found.GetValueOrDefault(id) : null;
}
