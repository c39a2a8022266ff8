namespace EcsWinReconciler.Core.Drift;

/// <summary>Check groups: each has its own remediation mode and status condition.</summary>
public enum CheckGroup
{
    Eni,
    SecurityGroups,
    Dns,
    Capacity,
}
