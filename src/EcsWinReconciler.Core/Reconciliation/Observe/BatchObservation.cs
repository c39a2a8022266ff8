using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.Core.Ports;

namespace EcsWinReconciler.Core.Reconciliation;

/// <summary>
/// The network facts of a whole batch, read with as few calls as the API allows: all ENIs in one call, all
/// their groups in one, each VPC once per batch and each host once per run, the last three side by side. Only what some task's spec will check is read.
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

    /// <summary>The subnets read for the path and headroom checks (by id).</summary>
    private IReadOnlyDictionary<string, SubnetObservation> Subnets { get; init; } = new Dictionary<string, SubnetObservation>();

    /// <summary>The Resolver rules associated with each VPC read (by VPC id).</summary>
    private IReadOnlyDictionary<string, IReadOnlyList<ResolverRuleObservation>> ResolverRules { get; init; } = new Dictionary<string, IReadOnlyList<ResolverRuleObservation>>();

    public static async Task<BatchObservation> GatherAsync(INetworkObserver network, IReadOnlyList<TaskContext> contexts, CancellationToken cancellationToken) =>
        await GatherAsync(network, null, contexts, new RunMemory(), cancellationToken).ConfigureAwait(false);

    /// <param name="network">EC2 reads.</param>
    /// <param name="resolver">Route 53 Resolver reads; null: the forwarding rule is not judged.</param>
    /// <param name="contexts">The batch's tasks to observe.</param>
    /// <param name="memory">The run's: the ENIs its host reads returned (<see cref="EniReads"/>).</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    public static async Task<BatchObservation> GatherAsync(
        INetworkObserver network, IResolverObserver? resolver, IReadOnlyList<TaskContext> contexts, RunMemory memory, CancellationToken cancellationToken)
    {
        var enis = await EniReads.ReadAsync(network, contexts, memory, cancellationToken).ConfigureAwait(false);

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
        var hosts = HostReads.ReadAsync(network, instanceIds, memory, cancellationToken);
        var subnetIds = SubnetsToRead(contexts, enis);
        var subnets = subnetIds.Count > 0 ? network.DescribeSubnetsAsync(subnetIds, cancellationToken) : Task.FromResult<IReadOnlyList<SubnetObservation>>([]);
        var resolverVpcs = resolver is null ? [] : contexts.Where(c => c.Spec!.Spec.Spec.ActiveDirectory is not null).Select(c => EniOf(c, enis)?.VpcId).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var rules = EachAsync(resolverVpcs, id => resolver!.DescribeRulesForVpcAsync(id, cancellationToken));
        await Task.WhenAll(groups, vpcs, hosts, subnets, rules).ConfigureAwait(false);

        return new BatchObservation(enis, (await groups.ConfigureAwait(false)).ToDictionary(g => g.Id, StringComparer.Ordinal), await vpcs.ConfigureAwait(false), await hosts.ConfigureAwait(false))
        {
            Subnets = (await subnets.ConfigureAwait(false)).ToDictionary(s => s.SubnetId, StringComparer.Ordinal),
            ResolverRules = await rules.ConfigureAwait(false),
        };
    }

    /// <summary>The ENI's subnet of every task whose spec checks DNS or Active Directory, and the subnets specs allow (headroom).</summary>
    private static List<string> SubnetsToRead(IReadOnlyList<TaskContext> contexts, EniBatch enis) =>
        contexts.SelectMany(c =>
        {
            var spec = c.Spec!.Spec.Spec;
            var own = spec.Dns is not null || spec.ActiveDirectory is not null ? EniOf(c, enis)?.SubnetId : null;
            return (spec.Eni?.Subnets ?? []).Append(own).OfType<string>();
        }).Distinct(StringComparer.Ordinal).ToList();

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
        var spec = context.Spec!.Spec.Spec;
        var subnetIds = (spec.Eni?.Subnets ?? []).Append(eni?.SubnetId).OfType<string>().Distinct(StringComparer.Ordinal);
        return new TaskObservation(task, context.Platform!, lookup, eni, [.. groups], vpc, host, null, [])
        {
            Subnets = [.. subnetIds.Select(id => Subnets.GetValueOrDefault(id)).OfType<SubnetObservation>()],
            ContainerInstance = context.ContainerInstance,
            ResolverRules = eni is not null && ResolverRules.TryGetValue(eni.VpcId, out var rules) ? [.. rules] : null,
            DefinitionOsFamily = context.Definition?.OperatingSystemFamily,
            UsesGmsa = context.Definition?.UsesGmsa ?? false,
        };
    }

    /// <summary>The task's ENI as read, or null when it has none or EC2 no longer has it.</summary>
    public ObservedEni? EniFor(TaskContext context) => EniOf(context, _enis);

    private static ObservedEni? EniOf(TaskContext context, EniBatch enis) =>
        context.Task!.EniAttachment?.NetworkInterfaceId is { } id ? enis.Found.GetValueOrDefault(id) : null;
}
