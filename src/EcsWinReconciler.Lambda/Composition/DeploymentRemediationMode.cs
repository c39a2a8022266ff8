namespace EcsWinReconciler.Lambda.Composition;

/// <summary>
/// The stack-wide ceiling on remediation (template parameter RemediationMode), applied over every spec:
/// alert = nothing is ever changed or tried, only alerts; dry-run = actions are tried with EC2 DryRun, nothing is
/// changed; remediate = the specs decide.
/// </summary>
public enum DeploymentRemediationMode
{
    Alert,
    DryRun,
    Remediate,
}
