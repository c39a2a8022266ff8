namespace EcsWinReconciler.Core.Planning;

/// <summary>What happened when the actuator carried out (or dry-ran) an action.</summary>
public sealed record ActionOutcome(ActionResult Result, string Detail)
{
    public static ActionOutcome Applied(string detail = "applied") => new(ActionResult.Applied, detail);

    /// <summary>EC2 answered DryRunOperation: the call would have succeeded.</summary>
    public static ActionOutcome WouldApply(string detail = "dry-run: would have succeeded") => new(ActionResult.WouldApply, detail);

    /// <summary>Nothing to do: the rule was already gone / already present, the task already stopped.</summary>
    public static ActionOutcome AlreadyDone(string detail) => new(ActionResult.AlreadyDone, detail);

    /// <summary>The resource vanished between observe and act (e.g. the task stopped meanwhile).</summary>
    public static ActionOutcome ResourceGone(string detail) => new(ActionResult.ResourceGone, detail);

    public static ActionOutcome Failed(string detail) => new(ActionResult.Failed, detail);

    /// <summary>Another reconcile claimed this exact change first; it acts, this one does not.</summary>
    public static ActionOutcome ClaimedElsewhere(string detail = "another reconcile is carrying out this change") => new(ActionResult.ClaimedElsewhere, detail);

    /// <summary>The account-wide remediation budget for this window is spent: the drift is alerted instead.</summary>
    public static ActionOutcome BudgetExhausted(string detail = "remediation budget exhausted for this window") => new(ActionResult.BudgetExhausted, detail);

    /// <summary>The detail of a <see cref="ActionResult.Started"/> ledger entry.</summary>
    public const string StartedDetail = "started; no outcome was recorded after it (the run stopped before it learnt whether the change was made)";

    /// <summary>
    /// The deployment does not let remediation touch the action's target (not tagged as managed, outside the VPCs and
    /// clusters listed): asked before any claim or budget unit, so a refusal costs neither. The drift is alerted.
    /// </summary>
    public static ActionOutcome OutOfScope(string detail) => new(ActionResult.OutOfScope, detail);

    /// <summary>True when the drift this action answers is (or will be) repaired without an alert.</summary>
    public bool Repairs => Result is ActionResult.Applied or ActionResult.AlreadyDone or ActionResult.ClaimedElsewhere;
}

public enum ActionResult
{
    Applied,
    WouldApply,
    AlreadyDone,
    ResourceGone,
    Failed,
    ClaimedElsewhere,
    BudgetExhausted,

    /// <summary>
    /// Only in the ledger: recorded just before a real change is made, and replaced by its outcome. One that stays means the
    /// run stopped (killed, frozen, out of time) before it learnt whether the change was made.
    /// </summary>
    Started,

    OutOfScope,
}
