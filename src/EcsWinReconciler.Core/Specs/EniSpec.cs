using EcsWinReconciler.Core.Common;

namespace EcsWinReconciler.Core.Specs;

/// <summary>Where the task ENI may live. An empty subnet list allows any subnet.</summary>
public sealed record EniSpec(EquatableArray<string> Subnets, PublicIpPolicy PublicIp);

/// <summary>Whether the task ENI may carry a public IPv4 address.</summary>
public enum PublicIpPolicy
{
    Forbidden,
    Required,
    Any,
}
