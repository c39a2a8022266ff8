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
