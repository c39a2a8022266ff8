using EcsWinReconciler.Core.Common;
using EcsWinReconciler.Core.Specs.Shapes;

namespace EcsWinReconciler.Core.Specs.Binding;

/// <summary>Reads <c>requiredIngress</c>: each rule gets its group, given or the first of <c>ids</c>.</summary>
internal static class RequiredRuleBinder
{
    public static RuleSet? Bind(ObjectView view, Bound<EquatableArray<string>> ids)
    {
        var items = view.ReadObjects(SecurityGroupsShape.RequiredIngress);
        if (items.IsAbsent)
        {
            return new RuleSet([], Complete: true);
        }

        if (items is { IsPresent: true, Value.Count: > 0 } && ids is { IsUsable: true, Value.IsEmpty: true })
        {
            view.Report(
                SecurityGroupsShape.RequiredIngress,
                "needs at least one group in securityGroups.ids: a missing rule is added to one of the task's groups");
        }

        return RuleLists.Read(view, SecurityGroupsShape.RequiredIngress, rule => BindRule(rule, ids));
    }

    private static IngressRuleSpec? BindRule(ObjectView rule, Bound<EquatableArray<string>> ids)
    {
        var permission = IngressRuleBinder.Bind(rule);
        var group = rule.Read(IngressRuleShape.Group);
        if (group.IsPresent && ids.IsUsable && !ids.Value.Contains(group.Value))
        {
            rule.Report(IngressRuleShape.Group, $"\"{group.Value}\" is not one of securityGroups.ids; a missing rule can only be added to a group the task has");
            return null;
        }

        // Without a usable group (ids wrong or empty, both already reported) the rule is still returned, group
        // unknown, so its contradictions with forbidden rules are reported too; the spec is not built anyway.
        var chosen = group.IsPresent ? group.Value : ids is { IsUsable: true, Value.IsEmpty: false } ? ids.Value[0] : null;
        return permission is null || group.IsInvalid ? null : new IngressRuleSpec(permission, chosen);
    }
}
