using EcsWinReconciler.Core.Common;

namespace EcsWinReconciler.Core.Specs;

/// <summary>Where the task ENI may live. An empty subnet list allows any subnet.</summary>
public sealed record EniSpec(EquatableArray<string> Subnets, PublicIpPolicy PublicIp)
{
    /// <summary>
    /// Free addresses each allowed subnet must keep; null: the service's desired count (room for one more deployment at
    /// maximumPercent 200), at least 1.
    /// </summary>
    public int? MinFreeIps { get; init; }
}

/// <summary>Whether the task ENI may carry a public IPv4 address.</summary>
public enum PublicIpPolicy
{
    Forbidden,
    Required,
    Any,
}
