namespace EcsWinReconciler.Aws.Declarations;

/// <summary>
/// When a call is made, measured against the deployment's remediation ceiling (alert, dry-run, remediate): it decides
/// under which condition template.yaml may grant the action.
/// </summary>
public enum NeededWhen
{
    /// <summary>Reads, and the reconciler's own bookkeeping: needed in every mode.</summary>
    Always,

    /// <summary>A change sent with <c>DryRun=true</c> in a dry run (EC2 checks the permission, then changes nothing): needed from dry-run on.</summary>
    TryingChanges,

    /// <summary>A change the API cannot dry-run, so a dry run never sends it: needed only when remediating.</summary>
    Changing,
}
