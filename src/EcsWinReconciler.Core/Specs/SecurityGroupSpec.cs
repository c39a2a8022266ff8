using EcsWinReconciler.Core.Common;

namespace EcsWinReconciler.Core.Specs;

/// <summary>The groups on the task ENI and the ingress their rules must (not) allow.</summary>
public sealed record SecurityGroupSpec(
    GroupMatch Match,
    EquatableArray<string> Ids,
    EquatableArray<IngressRuleSpec> ForbiddenIngress,
    EquatableArray<IngressRuleSpec> RequiredIngress);

/// <summary>exact: the ENI has exactly the listed groups; superset: at least them.</summary>
public enum GroupMatch
{
    Exact,
    Superset,
}
