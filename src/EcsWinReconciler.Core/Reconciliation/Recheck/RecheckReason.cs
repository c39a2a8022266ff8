namespace EcsWinReconciler.Core.Reconciliation;

/// <summary>Why a root is looked at again soon instead of at the next resync.</summary>
public enum RecheckReason
{
    /// <summary>A RUNNING task's ENI was not there or not attached yet: judged once it is (or when the attempts run out).</summary>
    EniNotReady,

    /// <summary>An action of ours was applied: the re-check confirms the root converged (or that the replacement stopped the task).</summary>
    RepairApplied,

    /// <summary>A repair was held back (budget exhausted, another run's claim): the re-check tries again once it may have room.</summary>
    RepairDeferred,
}
