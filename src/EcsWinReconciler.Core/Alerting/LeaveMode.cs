namespace EcsWinReconciler.Core.Alerting;

/// <summary>How a task leaves an alert.</summary>
public enum LeaveMode
{
    /// <summary>The task no longer has the finding: remove it; the alert resolves when no task is left.</summary>
    Leave,

    /// <summary>
    /// The task stopped (or is no longer judged) but the shared root cause may still be there: remove it and keep the
    /// alert open even when empty, so a rolling replacement does not resolve and reopen it. The resync sweep resolves
    /// alerts no task has joined again.
    /// </summary>
    KeepOpen,

    /// <summary>The shared root cause was seen fixed: resolve, whoever is listed.</summary>
    ResolveAll,
}
