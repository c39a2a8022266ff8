using EcsWinReconciler.Core.Common;

namespace EcsWinReconciler.Core.Observation;

/// <summary>
/// Everything observed about one task that the checks judge. <see cref="GroupEniCounts"/> says how many ENIs
/// use each group, so a rule finding can say how far an edit reaches.
/// </summary>
public sealed record TaskObservation(
    ObservedTask Task,
    TaskPlatform Platform,
    EniLookup EniLookup,
    ObservedEni? Eni,
    EquatableArray<ObservedSecurityGroup> SecurityGroups,
    VpcDnsObservation? Vpc,
    HostEniCapacity? Host,
    ObservedService? Service,
    EquatableArray<KeyValuePair<string, int>> GroupEniCounts)
{
    /// <summary>The task ENI's subnet and the subnets the spec allows, as read (empty: not read).</summary>
    public EquatableArray<SubnetObservation> Subnets { get; init; } = [];

    /// <summary>The task's container instance, with the agent's facts; null when not read.</summary>
    public ContainerInstanceInfo? ContainerInstance { get; init; }

    /// <summary>The Route 53 Resolver rules associated with the task's VPC; null when not read.</summary>
    public EquatableArray<ResolverRuleObservation>? ResolverRules { get; init; }

    /// <summary>The task's operating system family from its task definition (<c>runtimePlatform</c>); null when it does not say.</summary>
    public string? DefinitionOsFamily { get; init; }

    /// <summary>Whether the task definition asks for gMSA (<c>credentialSpecs</c>): then Active Directory must be reachable.</summary>
    public bool UsesGmsa { get; init; }

    public SubnetObservation? Subnet(string subnetId)
    {
        foreach (var subnet in Subnets)
        {
            if (subnet.SubnetId == subnetId)
            {
                return subnet;
            }
        }

        return null;
    }

    public ObservedSecurityGroup? Group(string groupId)
    {
        foreach (var group in SecurityGroups)
        {
            if (string.Equals(group.Id, groupId, StringComparison.Ordinal))
            {
                return group;
            }
        }

        return null;
    }

    public int? EnisUsing(string groupId)
    {
        foreach (var pair in GroupEniCounts)
        {
            if (pair.Key == groupId)
            {
                return pair.Value;
            }
        }

        return null;
    }
}
