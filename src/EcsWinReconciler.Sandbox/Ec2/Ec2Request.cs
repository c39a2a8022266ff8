using EcsWinReconciler.Sandbox.State;
using EcsWinReconciler.Sandbox.Wire;

namespace EcsWinReconciler.Sandbox.Ec2;

/// <summary>One EC2 call as a handler sees it: the parameters, the state, and the dry-run rule.</summary>
internal sealed record Ec2Request(string Operation, QueryParameters Parameters, SandboxState State)
{
    public bool DryRun => Parameters.Bool("DryRun") == true;

    /// <summary>
    /// Called by a handler after validation and before any change: a dry run that would have succeeded ends here
    /// with DryRunOperation, HTTP 412 (docs/FACTS.md §4.5), and changes nothing.
    /// </summary>
    public void StopIfDryRun()
    {
        if (DryRun)
        {
            throw new ApiException("DryRunOperation", "Request would have succeeded, but DryRun flag is set.", 412);
        }
    }
}
