namespace EcsWinReconciler.Core.Specs.Shapes;

/// <summary>The groups on the task ENI and the ingress they must (not) allow.</summary>
internal static class SecurityGroupsShape
{
    /// <summary>awsvpcConfiguration takes at most 5 security groups (docs/FACTS.md §3.1).</summary>
    public const int MaxGroups = 5;

    public static ScalarField<GroupMatch> Match { get; } = new(
        "match",
        Scalars.OneOf(new EnumMember<GroupMatch>("exact", GroupMatch.Exact), new EnumMember<GroupMatch>("superset", GroupMatch.Superset)),
        SpecDefaults.Match,
        "exact (default): the ENI has exactly the listed groups; superset: at least them.");

    public static Field<ListShape<ScalarShape<string>>> Ids { get; } = new(
        "ids",
        new ListShape<ScalarShape<string>>(NetworkScalars.SecurityGroupId)
        {
            ItemsNoun = "security group ids",
            MaxItems = MaxGroups,
            MaxReason = "an awsvpc task takes at most 5 security groups",
            UniqueItems = true,
        },
        "The security groups of the task ENI. Must not be empty when match is exact.");

    public static Field<ListShape<ObjectShape>> ForbiddenIngress { get; } = new(
        "forbiddenIngress",
        new ListShape<ObjectShape>(IngressRuleShape.Forbidden) { ItemsNoun = "ingress rules", UniqueItems = true },
        "Ingress no group of the ENI may allow. Omitted: RDP (tcp 3389) and WinRM (tcp 5985-5986) from 0.0.0.0/0 and ::/0. "
        + "Given (even []): exactly these rules.");

    public static Field<ListShape<ObjectShape>> RequiredIngress { get; } = new(
        "requiredIngress",
        new ListShape<ObjectShape>(IngressRuleShape.Required) { ItemsNoun = "ingress rules", UniqueItems = true },
        "Ingress the ENI's groups must allow; a missing rule is added to its group. Needs at least one id in ids.");

    public static ObjectShape Object { get; } = new(
        "the task ENI's security groups (match, ids, forbiddenIngress, requiredIngress)", Match, Ids, ForbiddenIngress, RequiredIngress);
}
