namespace EcsWinReconciler.Core.Alerting;

/// <summary>An alert is open while its root cause affects at least one task, then resolved (and may reopen).</summary>
public enum AlertState
{
    Open,
    Resolved,
}
