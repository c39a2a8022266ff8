namespace EcsWinReconciler.Lambda.Tests.Template.Member;

/// <summary>member.yaml's parts the checks look at: the role the hub assumes, and the event rules that forward to the hub.</summary>
internal static class MemberTemplate
{
    public const string Role = "MemberRole";

    public static IEnumerable<PolicyStatement> RoleStatements(TemplateDocument member) => PolicyStatement.All(member).Where(s => s.Owner == Role);

    /// <summary>What the member role grants: each action on each resource key (every Fn::If branch), with its remediation condition.</summary>
    public static IReadOnlySet<RoleGrant> Granted(TemplateDocument member)
    {
        var all = RoleStatements(member).Where(s => s.Effect == "Allow").SelectMany(s => s.Actions.SelectMany(a => s.Resources.Select(r =>
            new RoleGrant(a, TemplateResources.Key(r), string.Join(" && ", ScopeConditions.When(s)))))).ToList();
        var always = all.Where(g => g.Condition.Length == 0).Select(g => (g.Action, g.Resource)).ToHashSet();
        return all.Where(g => g.Condition.Length == 0 || !always.Contains((g.Action, g.Resource))).ToHashSet();
    }
}
