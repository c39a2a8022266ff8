using EcsWinReconciler.Aws.Declarations;
using EcsWinReconciler.Lambda.Declarations;

namespace EcsWinReconciler.Lambda.Tests.Template;

/// <summary>
/// The policy a function needs, derived, never written down twice: the IAM grants its adapters declare
/// (<see cref="IamDeclarations"/>, verified on the wire by the EndToEnd PermissionWireTests) for the port methods its code
/// calls (<see cref="FunctionDeclarations"/>, verified by PortUsageTests), plus what Lambda does for it (<see cref="RuntimeNeeds"/>).
/// </summary>
internal static class DerivedPolicy
{
    /// <summary>The template condition each kind of call is granted under: RemediationMode ≠ alert, or = remediate.</summary>
    public static string ConditionOf(NeededWhen when) => when switch
    {
        NeededWhen.Always => string.Empty,
        NeededWhen.TryingChanges => "MayTryChanges",
        NeededWhen.Changing => "MayChange",
        _ => throw new ArgumentOutOfRangeException(nameof(when), when, null),
    };

    public static IReadOnlyList<DerivedGrant> Of(FunctionTemplate function) =>
    [
        .. IamDeclarations.For(FunctionDeclarations.For(function.Kind).PortMethods)
            .Concat(IamDeclarations.MemberAssumption)
            .Select(g => new DerivedGrant(new(g.Action, g.Resource.Name, ConditionOf(g.When)), g.Resource.Description, g.Via)),
        .. RuntimeNeeds.Of(function),
    ];

    /// <summary>
    /// What member.yaml's role needs: the part of every function's grants that reaches a member's resources (EC2, ECS,
    /// Route 53 Resolver), under the same remediation conditions.
    /// </summary>
    public static IReadOnlySet<RoleGrant> OfMemberRole() =>
        IamDeclarations.InMember(FunctionDeclarations.All.SelectMany(f => IamDeclarations.For(f.PortMethods)))
            .GroupBy(g => (g.Action, g.Resource))
            .Select(g => g.MinBy(x => x.When)!)
            .Select(g => new RoleGrant(g.Action, g.Resource.Name, ConditionOf(g.When)))
            .ToHashSet();

    /// <summary>
    /// What the template grants the function: each action on each resource (every Fn::If branch), with the statement's
    /// remediation condition. A grant under a condition that the function also has unconditionally adds nothing and is
    /// left out, so a read an action needs (granted always elsewhere) is not counted twice.
    /// </summary>
    public static IReadOnlyList<(RoleGrant Grant, PolicyStatement Statement)> Granted(FunctionTemplate function)
    {
        var all = function.Statements.Where(s => s.Effect == "Allow").SelectMany(s => s.Actions.SelectMany(a => s.Resources.Select(r =>
            (Grant: new RoleGrant(a, TemplateResources.Key(function, r), string.Join(" && ", ScopeConditions.When(s))), Statement: s)))).ToList();
        var always = all.Where(g => g.Grant.Condition.Length == 0).Select(g => (g.Grant.Action, g.Grant.Resource)).ToHashSet();
        return [.. all.Where(g => g.Grant.Condition.Length == 0 || !always.Contains((g.Grant.Action, g.Grant.Resource)))];
    }
}
