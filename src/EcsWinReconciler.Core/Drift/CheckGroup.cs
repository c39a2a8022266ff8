namespace EcsWinReconciler.Core.Drift;

/// <summary>Check groups: Eni, SecurityGroups and Dns have their own remediation mode and status condition; Capacity and Service are alert only.</summary>
public enum CheckGroup
{
    Eni,
    SecurityGroups,
    Dns,
    Capacity,

    /// <summary>The service's own health (its rollout): alert only, like capacity.</summary>
    Service,
}
