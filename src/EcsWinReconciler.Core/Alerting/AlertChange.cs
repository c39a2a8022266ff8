namespace EcsWinReconciler.Core.Alerting;

/// <summary>What an alert-store call did, and the record as it now stands (null when there is none).</summary>
public sealed record AlertChange(AlertTransition Transition, AlertRecord? Alert)
{
    /// <summary>True when this caller made a transition that owes a notification (and so sends it).</summary>
    public bool MustNotify => Transition is AlertTransition.Opened or AlertTransition.Resolved;
}

public enum AlertTransition
{
    /// <summary>This call opened (or reopened) the alert.</summary>
    Opened,

    /// <summary>The alert was open; this call added the task.</summary>
    Joined,

    /// <summary>The alert was open with the task already listed.</summary>
    Unchanged,

    /// <summary>This call resolved the alert.</summary>
    Resolved,

    /// <summary>The task left an alert that stays open for others.</summary>
    Left,

    /// <summary>There was no open alert with that key (or the task was not listed).</summary>
    NotOpen,
}
