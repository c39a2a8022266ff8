namespace EcsWinReconciler.Core.Specs.Shapes;

/// <summary>How drift is handled, per check group; <c>mode</c> is the default for the groups not set.</summary>
internal static class RemediationShape
{
    private static readonly EnumMember<RemediationMode> Alert = new("alert", RemediationMode.Alert);
    private static readonly EnumMember<RemediationMode> DryRun = new("dry-run", RemediationMode.DryRun);
    private static readonly EnumMember<RemediationMode> Remediate = new("remediate", RemediationMode.Remediate);
    private static readonly EnumMember<RemediationMode> ReplaceTask = new("replace-task", RemediationMode.ReplaceTask);

    public static ScalarField<RemediationMode> Mode { get; } = new(
        "mode",
        Scalars.OneOf(
            Alert,
            DryRun,
            Remediate,
            ReplaceTask with { RejectedBecause = "replace-task is chosen per group (securityGroups or eni), not as the default for all" }),
        SpecDefaults.RemediationMode,
        "The default for the groups below: alert (default, report only), dry-run (plan and try with EC2 DryRun) or remediate.");

    public static Field<ScalarShape<RemediationMode>> SecurityGroups { get; } = new(
        "securityGroups",
        Scalars.OneOf(Alert, DryRun, Remediate, ReplaceTask),
        "Security-group drift: alert, dry-run, remediate (edit the rules / fix the service) or replace-task; default: mode.");

    public static Field<ScalarShape<RemediationMode>> Eni { get; } = new(
        "eni",
        Scalars.OneOf(Alert, DryRun, Remediate, ReplaceTask),
        "ENI drift (subnet, public IP): alert, dry-run, remediate (fix the service) or replace-task; default: mode.");

    // A new task gets its DNS from the same VPC and DHCP options, so replacing it repairs nothing.
    public static Field<ScalarShape<RemediationMode>> Dns { get; } = new(
        "dns",
        Scalars.OneOf(
            Alert,
            DryRun,
            Remediate,
            ReplaceTask with { RejectedBecause = "a new task takes its DNS from the same VPC and DHCP options, so replacing it fixes nothing; use alert, dry-run or remediate" }),
        "DNS drift: alert, dry-run or remediate (VPC attributes only; DHCP options are always alert); default: mode.");

    public static ObjectShape Object { get; } = new("the remediation policy (mode, securityGroups, eni, dns)", Mode, SecurityGroups, Eni, Dns);
}
