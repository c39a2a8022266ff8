using EcsWinReconciler.Core.Networking;

namespace EcsWinReconciler.Core.Specs;

/// <summary>
/// An ingress rule in a spec. <see cref="Group"/> names, for a required rule, the group a missing rule
/// is added to (default: the first of <c>securityGroups.ids</c>); it is null for forbidden rules.
/// </summary>
public sealed record IngressRuleSpec(IngressPermission Permission, string? Group = null)
{
    public override string ToString() => Permission.ToString();
}
