using EcsWinReconciler.Core.Specs.Shapes;

namespace EcsWinReconciler.Core.Specs.Binding;

/// <summary>
/// Builds <see cref="SecurityGroupSpec"/>: defaults the forbidden rules, gives each required rule its group,
/// and rejects what cannot hold: an exact match on no groups, repeated rules, and required rules that a
/// forbidden rule forbids (the reconciler would add and remove the same rule forever).
/// </summary>
internal static class SecurityGroupBinder
{
    public static SecurityGroupSpec? Bind(ObjectView? view)
    {
        if (view is null)
        {
            return null;
        }

        var match = view.Read(SecurityGroupsShape.Match);
        var ids = view.ReadList(SecurityGroupsShape.Ids);
        if (match is { IsUsable: true, Value: GroupMatch.Exact } && ids is { IsUsable: true, Value.IsEmpty: true })
        {
            var matchText = match.IsAbsent ? "match exact (the default)" : "match exact";
            view.Report(
                SecurityGroupsShape.Ids,
                ids.IsAbsent
                    ? $"missing ids: {matchText} needs at least one group (a task ENI always has at least one security group)"
                    : $"is empty, but {matchText} needs at least one group (a task ENI always has at least one security group)");
        }

        var forbidden = view.ValueOf(SecurityGroupsShape.ForbiddenIngress) is null
            ? new RuleSet(SpecDefaults.ForbiddenIngress.Select(r => new BoundRule(r, "", default)).ToList(), Complete: true, Defaulted: true)
            : RuleLists.Read(view, SecurityGroupsShape.ForbiddenIngress, rule => IngressRuleBinder.Bind(rule) is { } p ? new IngressRuleSpec(p) : null);
        var required = RequiredRuleBinder.Bind(view, ids);
        if (forbidden is not null && required is not null)
        {
            CheckContradictions(view, forbidden, required);
        }

        return match.IsUsable && ids.IsUsable && forbidden is { Complete: true } && required is { Complete: true }
            ? new SecurityGroupSpec(match.Value, ids.Value, forbidden.Specs, required.Specs)
            : null;
    }

    private static void CheckContradictions(ObjectView view, RuleSet forbidden, RuleSet required)
    {
        foreach (var wanted in required.Rules)
        {
            var index = forbidden.Rules.ToList().FindIndex(f => wanted.Rule.Permission.Grants(f.Rule.Permission));
            if (index < 0)
            {
                continue;
            }

            var banned = forbidden.Rules[index];
            var by = forbidden.Defaulted
                ? $"the default forbiddenIngress ({banned.Rule.Permission})"
                : RuleLists.Relative(banned.Path, view.PathOf(SecurityGroupsShape.ForbiddenIngress))
                    + (banned.Rule.Permission == wanted.Rule.Permission ? string.Empty : $" ({banned.Rule.Permission})");
            view.Diagnostics.Report(wanted.Position, wanted.Path, $"{wanted.Rule.Permission} is forbidden by {by}");
        }
    }
}
