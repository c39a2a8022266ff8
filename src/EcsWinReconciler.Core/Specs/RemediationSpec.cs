namespace EcsWinReconciler.Core.Specs;

/// <summary>How each check group's drift is handled. <see cref="Mode"/> is the default for groups not set.</summary>
public sealed record RemediationSpec(RemediationMode Mode, RemediationMode SecurityGroups, RemediationMode Eni, RemediationMode Dns)
{
    public static RemediationSpec AlertOnly { get; } = new(RemediationMode.Alert, RemediationMode.Alert, RemediationMode.Alert, RemediationMode.Alert);

    public RemediationMode For(Drift.CheckGroup group) => group switch
    {
        Drift.CheckGroup.SecurityGroups => SecurityGroups,
        Drift.CheckGroup.Eni => Eni,
        Drift.CheckGroup.Dns => Dns,
        _ => RemediationMode.Alert,
    };
}

/// <summary>
/// alert: report only. dry-run: plan and try the action with EC2 DryRun, change nothing.
/// remediate: act (service update when the service's network configuration is wrong, else replace the task).
/// replace-task: act on ENI-level drift only by stopping the task so its service starts a fresh one.
/// </summary>
public enum RemediationMode
{
    Alert,
    DryRun,
    Remediate,
    ReplaceTask,
}
