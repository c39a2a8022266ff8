namespace EcsWinReconciler.Core.Alerting;

/// <summary>What an alert decision or store call did, and the record as it now stands (null when there is none).</summary>
public sealed record AlertChange(AlertTransition Transition, AlertRecord? Alert)
{
    /// <summary>True when this caller made a transition that owes a notification (and so sends it).</summary>
    public bool MustNotify => Transition is AlertTransition.Opened or AlertTransition.Resolved;

    /// <summary>True when the record must be written.</summary>
    public bool Writes => Transition is not (AlertTransition.Unchanged or AlertTransition.NotOpen);
}

public enum AlertTransition
{
    /// <summary>This call opened (or reopened) the alert.</summary>
    Opened,

    /// <summary>The alert was open; tasks were added (and maybe others removed).</summary>
    Joined,

    /// <summary>The alert was open and stays open; tasks were removed (it may now list none, until the sweep decides).</summary>
    Left,

    /// <summary>The alert was open; only what is being done about it changed.</summary>
    Updated,

    /// <summary>Nothing changed.</summary>
    Unchanged,

    /// <summary>This call resolved the alert.</summary>
    Resolved,

    /// <summary>There was no open alert with that key, and nothing opened it.</summary>
    NotOpen,
}
