using EcsWinReconciler.Core.Common;
using EcsWinReconciler.Core.Networking;

namespace EcsWinReconciler.Core.Observation;

/// <summary>A security group with its ingress rules (from DescribeSecurityGroupRules, which gives rule ids).</summary>
public sealed record ObservedSecurityGroup(string Id, string? Name, string? VpcId, EquatableArray<ObservedIngressRule> Ingress)
{
    /// <summary>Its egress rules (the peer is the destination); null when they were not read (then no path check judges them).</summary>
    public EquatableArray<ObservedIngressRule>? Egress { get; init; }
}

/// <summary>One ingress rule, normalised: protocol "-1" = all, ports, and one source (CIDR v4/v6, prefix list or group).</summary>
public sealed record ObservedIngressRule(string RuleId, string GroupId, IngressPermission Permission, string? Description = null);
