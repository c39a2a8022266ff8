namespace EcsWinReconciler.Lambda.Tests.Template;

/// <summary>
/// Template conditions that add a statement for what an operator listed (a VPC, a cluster) beside the one for tagged
/// resources. They widen where a write reaches, never when it is granted: the remediation mode alone says when
/// (<see cref="DerivedPolicy.ConditionOf"/>), so they are left out of a grant's condition and shown as its scope.
/// </summary>
internal static class ScopeConditions
{
    /// <summary>Each scope condition and the list parameter it tests for being set.</summary>
    public static IReadOnlyDictionary<string, string> Parameters { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["HasVpcScope"] = "VpcArns",
        ["HasClusterScope"] = "ManagedClusterArns",

        // Members (issue 15): which accounts' member role may be assumed, not when.
        ["HasMemberAccounts"] = "MemberAccounts",
        ["HasOrganization"] = "OrganizationId",
    };

    /// <summary>The statement's guards that say when it is granted (the remediation mode), without the scope conditions.</summary>
    public static IReadOnlyList<string> When(PolicyStatement statement) => [.. statement.Guards.Where(g => !Parameters.ContainsKey(g))];

    /// <summary>The parameter whose being set adds the statement, if a scope condition guards it.</summary>
    public static string? ListedBy(PolicyStatement statement) =>
        statement.Guards.Select(g => Parameters.GetValueOrDefault(g)).FirstOrDefault(p => p is not null);
}
