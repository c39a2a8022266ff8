namespace EcsWinReconciler.Core.Reconciliation;

/// <summary>
/// What became of one finding, as data (stored with the status, rendered by the CLI): repaired, repair under way, alerted
/// (and why it is not repaired), recorded only, or a consequence of another finding of the task.
/// </summary>
public sealed record FindingDecision(DecisionKind Kind, string Reason)
{
    /// <summary>The action taken or tried for it, in words; null when none was.</summary>
    public string? Action { get; init; }

    /// <summary>The drift is still in the world after this reconcile (anything but an immediate repair).</summary>
    public bool Remains => Kind != DecisionKind.Repaired;

    public static FindingDecision Repaired(string action, string detail) => new(DecisionKind.Repaired, $"{action} ({detail})") { Action = action };

    public static FindingDecision Repairing(string reason, string? action = null) => new(DecisionKind.Repairing, reason) { Action = action };

    public static FindingDecision Alerted(string reason, string? action = null) => new(DecisionKind.Alerted, reason) { Action = action };

    public static FindingDecision Recorded(string reason, string? action = null) => new(DecisionKind.Recorded, reason) { Action = action };

    /// <summary>An exception in force covers it: in status only, never alerted or repaired ("until 2027-01-31: CHG-4711 — reason").</summary>
    public static FindingDecision Excepted(Specs.ExceptionEntry exception) => new(DecisionKind.Excepted, $"until {exception.Expires}: {exception.Describe()}");

    public static FindingDecision FollowsFrom(string cause, FindingDecision causeDecision) =>
        new(DecisionKind.FollowsFrom, $"{cause}, which is {causeDecision.Describe()}");

    /// <summary>One line for people: "alerted: remediation mode is alert".</summary>
    public string Describe() => Describe(preview: false);

    /// <summary>As <see cref="Describe()"/>; a <paramref name="preview"/> (a read-only run) says what a real run would do, since it alerted nothing.</summary>
    public string Describe(bool preview) => Kind switch
    {
        DecisionKind.Repaired => $"repaired: {Reason}",
        DecisionKind.Repairing => $"repair in progress: {Reason}",
        DecisionKind.Alerted when preview => $"would be alerted: {Reason}",
        DecisionKind.Alerted => $"alerted: {Reason}",
        DecisionKind.Recorded => $"recorded: {Reason}",
        DecisionKind.FollowsFrom => $"follows from {Reason}",
        DecisionKind.Excepted => $"excepted {Reason}",
        _ => throw new ArgumentOutOfRangeException(nameof(Kind), Kind, "unknown decision kind"),
    };
}

/// <summary>The kinds of <see cref="FindingDecision"/>.</summary>
public enum DecisionKind
{
    /// <summary>An action (ours, or one found already done) fixed the root now.</summary>
    Repaired,

    /// <summary>A repair is under way: our service update or task replacement, another run's claim, a rollout of the right configuration.</summary>
    Repairing,

    /// <summary>At or above the spec's alert threshold and not repaired: its alert is open.</summary>
    Alerted,

    /// <summary>Below the alert threshold (or its resource vanished meanwhile): in status only.</summary>
    Recorded,

    /// <summary>A consequence of another finding of the same task, which is alerted or repaired in its place.</summary>
    FollowsFrom,

    /// <summary>An exception in force covers its check and root: shown in status, never alerted or repaired, until it lapses.</summary>
    Excepted,
}
