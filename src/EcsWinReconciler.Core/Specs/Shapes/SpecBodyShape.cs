namespace EcsWinReconciler.Core.Specs.Shapes;

/// <summary>The <c>spec</c> section: the selector and the desired network. Sections left out are not checked.</summary>
internal static class SpecBodyShape
{
    public static Field<ObjectShape> Selector { get; } = new("selector", SelectorShape.Object, "Which tasks this spec governs.") { Required = true };

    public static ScalarField<PlatformRequirement> Platform { get; } = new(
        "platform",
        Scalars.OneOf(new EnumMember<PlatformRequirement>("windows", PlatformRequirement.Windows)),
        SpecDefaults.Platform,
        "The only platform judged: windows (default). Tasks that are not Windows are skipped with a reason.");

    public static ScalarField<bool> Suspend { get; } = new(
        "suspend",
        Scalars.Boolean(),
        false,
        "true: the spec still selects its tasks (so a cluster default does not take over) but nothing is judged or done.");

    public static Field<ObjectShape> Eni { get; } = new("eni", EniShape.Object, "The task ENI; omitted: not checked.");

    public static Field<ObjectShape> SecurityGroups { get; } = new("securityGroups", SecurityGroupsShape.Object, "The task ENI's security groups; omitted: not checked.");

    public static Field<ObjectShape> Dns { get; } = new("dns", DnsShape.Object, "The task's DNS; omitted: not checked.");

    public static Field<ObjectShape> ActiveDirectory { get; } = new(
        "activeDirectory", ActiveDirectoryShape.Object, "The Active Directory the tasks need (required for gMSA); omitted: not checked.");

    public static Field<ObjectShape> Remediation { get; } = new("remediation", RemediationShape.Object, "How drift is handled; omitted: alert only.");

    public static Field<ObjectShape> Alerts { get; } = new("alerts", AlertsShape.Object, "Alert settings; omitted: medium severity, reminders every 24h.");

    public static Field<ListShape<ObjectShape>> Exceptions { get; } = new(
        "exceptions",
        new ListShape<ObjectShape>(ExceptionShape.Object) { ItemsNoun = "exceptions", MaxItems = 100, MaxReason = "a spec holds at most 100 exceptions" },
        "Approved deviations: findings of a check on one root stay in status but neither alert nor remediate until they expire.");

    public static ObjectShape Object { get; } = new(
        "the desired network (selector, platform, suspend, eni, securityGroups, dns, activeDirectory, remediation, alerts, exceptions)",
        Selector, Platform, Suspend, Eni, SecurityGroups, Dns, ActiveDirectory, Remediation, Alerts, Exceptions);
}
