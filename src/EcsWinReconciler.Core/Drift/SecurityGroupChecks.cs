using EcsWinReconciler.Core.Observation;
using EcsWinReconciler.Core.Specs;

namespace EcsWinReconciler.Core.Drift;

/// <summary>
/// The groups on the task ENI (exact or superset of the spec's), and what their ingress rules allow:
/// nothing the spec forbids, everything it requires. Rule findings are shared: the rule lives on the group.
/// </summary>
public static class SecurityGroupChecks
{
    public static IEnumerable<Finding> Evaluate(SecurityGroupSpec? spec, TaskObservation observed)
    {
        List<Finding>? findings = null;
        Collect(spec, observed, ref findings);
        return FindingList.OrEmpty(findings);
    }

    /// <summary>Each part first asks, without allocating, whether there is anything to report; only drift builds findings.</summary>
    internal static void Collect(SecurityGroupSpec? spec, TaskObservation observed, ref List<Finding>? findings)
    {
        if (spec is null || observed.Eni is not { } eni)
        {
            return;
        }

        if (HasSetDrift(spec, eni) && SetDrift(spec, observed, eni) is { } set)
        {
            FindingList.Add(ref findings, set);
        }

        if (AnyForbidden(spec, observed, eni))
        {
            foreach (var forbidden in ForbiddenIngress(spec, observed, eni))
            {
                FindingList.Add(ref findings, forbidden);
            }
        }

        foreach (var required in spec.RequiredIngress)
        {
            if (!IsAdmitted(required, observed, eni))
            {
                FindingList.Add(ref findings, MissingRequired(required, spec, observed, eni));
            }
        }
    }

    private static bool HasSetDrift(SecurityGroupSpec spec, ObservedEni eni)
    {
        foreach (var id in spec.Ids)
        {
            if (!eni.GroupIds.AsImmutableArray().Contains(id))
            {
                return true;
            }
        }

        if (spec.Match == GroupMatch.Exact)
        {
            foreach (var id in eni.GroupIds)
            {
                if (!spec.Ids.AsImmutableArray().Contains(id))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool AnyForbidden(SecurityGroupSpec spec, TaskObservation observed, ObservedEni eni)
    {
        foreach (var groupId in eni.GroupIds)
        {
            foreach (var rule in observed.Group(groupId)?.Ingress ?? [])
            {
                foreach (var forbidden in spec.ForbiddenIngress)
                {
                    if (rule.Permission.Grants(forbidden.Permission))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>Some rule of some group on the ENI admits what <paramref name="required"/> asks for.</summary>
    private static bool IsAdmitted(IngressRuleSpec required, TaskObservation observed, ObservedEni eni)
    {
        foreach (var groupId in eni.GroupIds)
        {
            foreach (var rule in observed.Group(groupId)?.Ingress ?? [])
            {
                if (rule.Permission.Satisfies(required.Permission))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static Finding? SetDrift(SecurityGroupSpec spec, TaskObservation observed, ObservedEni eni)
    {
        // Superset: extra groups are allowed, so only missing ones count.
        if (SetDifference.Describe(spec.Ids, eni.GroupIds, reportUnexpected: spec.Match == GroupMatch.Exact) is not { } detail)
        {
            return null;
        }

        var expected = (spec.Match == GroupMatch.Exact ? "exactly " : "at least ") + FindingFactory.List(spec.Ids.Order(StringComparer.Ordinal));
        return FindingFactory.FromLaunch(
            observed, CheckIds.SecurityGroupSet, eni.Id, Severity.High, expected, FindingFactory.List(eni.GroupIds.Order(StringComparer.Ordinal)),
            $"ENI {eni.Id} has the wrong security groups ({detail}); task ENIs cannot be modified, so fix the service's awsvpcConfiguration and redeploy, or replace the task.",
            Remedy.FixServiceNetwork);
    }

    private static IEnumerable<Finding> ForbiddenIngress(SecurityGroupSpec spec, TaskObservation observed, ObservedEni eni)
    {
        foreach (var groupId in eni.GroupIds.Order(StringComparer.Ordinal))
        {
            // A plain null check, not "is not { } group": Stryker cannot compile its mutants of that pattern in an iterator
            // and then leaves the whole method unmutated (safe mode), and this is the check that finds RDP open to the world.
            var group = observed.Group(groupId);
            if (group is null)
            {
                continue;
            }

            foreach (var rule in group.Ingress.OrderBy(r => r.RuleId, StringComparer.Ordinal))
            {
                var forbidden = spec.ForbiddenIngress.FirstOrDefault(f => rule.Permission.Grants(f.Permission));
                if (forbidden is null)
                {
                    continue;
                }

                var reach = observed.EnisUsing(groupId) is { } count ? $"all {count} ENIs that use it" : "every ENI that uses it";
                yield return FindingFactory.Shared(
                    observed, CheckIds.ForbiddenIngress, FindingRoot.Rule(groupId, rule.RuleId),
                    rule.Permission.Source.IsWorld ? Severity.Critical : Severity.High,
                    $"no ingress matching {forbidden.Permission}", $"{rule.RuleId}: {rule.Permission}",
                    $"Group {groupId} rule {rule.RuleId} allows {rule.Permission}, which the spec forbids ({forbidden.Permission}); revoking it changes {reach}.",
                    Remedy.RevokeRule(groupId, rule.RuleId, rule.Permission));
            }
        }
    }

    private static Finding MissingRequired(IngressRuleSpec required, SecurityGroupSpec spec, TaskObservation observed, ObservedEni eni)
    {
        var target = required.Group ?? spec.Ids.FirstOrDefault() ?? "(no group)";
        var attached = eni.GroupIds.AsImmutableArray().Contains(target);
        return FindingFactory.Shared(
            observed, CheckIds.RequiredIngress, FindingRoot.GroupPermission(target, PermissionKey(required)), Severity.High,
            required.Permission.ToString(), $"no rule on {FindingFactory.List(eni.GroupIds)} admits it",
            attached
                ? $"No group on ENI {eni.Id} allows {required.Permission}, which the spec requires; add the rule to {target}."
                : $"No group on ENI {eni.Id} allows {required.Permission}; the spec puts it on {target}, which is not on the ENI: fix the group set first.",
            attached ? Remedy.AuthorizeRule(target, required.Permission) : Remedy.AlertOnly);
    }

    /// <summary>A path-safe key for a rule (CIDRs contain '/').</summary>
    internal static string PermissionKey(IngressRuleSpec rule) =>
        $"{rule.Permission.Protocol}:{rule.Permission.Ports}:{rule.Permission.Source}".Replace('/', '_');
}
