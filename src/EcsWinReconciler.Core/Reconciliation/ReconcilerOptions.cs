namespace EcsWinReconciler.Core.Reconciliation;

/// <summary>Knobs of the reconcile loop.</summary>
public sealed record ReconcilerOptions
{
    /// <summary>
    /// Forces every action into dry-run, whatever the specs say (the deployment's dry-run mode): detection, alerts and status
    /// stay live, and alerts say what would have been repaired. For a run that writes nothing at all, see <see cref="ReadOnly"/>.
    /// </summary>
    public bool ForceDryRun { get; init; }

    /// <summary>
    /// Changes nothing anywhere: actions are only tried (EC2 DryRun, no ECS call), and no status, alert, ledger entry, budget
    /// unit or notification is written or sent; the summary says what would have happened (the CLI's <c>reconcile --dry-run</c>).
    /// </summary>
    public bool ReadOnly { get; init; }

    /// <summary>How long a service rollout may run before <c>service.rollout-stuck</c> opens.</summary>
    public TimeSpan RolloutStuckAfter { get; init; } = Drift.DriftContext.DefaultRolloutStuckAfter;

    /// <summary>Plans no action at all, not even a dry-run, whatever the specs say: every drift is alerted (the deployment's alert mode).</summary>
    public bool ForceAlertOnly { get; init; }

    /// <summary>How long a claim on an action stops other reconciles from repeating it.</summary>
    public TimeSpan ActionClaimLease { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>How long the run that made an alert transition has to notify before the outbox retries.</summary>
    public TimeSpan NotificationLease { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>How long the status of a stopped task is kept before TTL removes it.</summary>
    public TimeSpan StoppedTaskRetention { get; init; } = TimeSpan.FromDays(7);

    /// <summary>Tasks reconciled together: their tasks, ENIs, groups, VPCs and hosts read in as few calls as the APIs take.</summary>
    public int BatchSize { get; init; } = 100;

    /// <summary>
    /// Batches a sweep reconciles between saves of its cursor; it also saves when it stops. One write per batch would
    /// be a call per 200 tasks at scale; a run that dies between saves repeats at most this many batches next time.
    /// </summary>
    public int CursorSaveInterval { get; init; } = 10;

    /// <summary>
    /// A task a sweep judges from its stored facts instead of describing it is described again at least this often
    /// (<see cref="StoredFactsTrust"/> says why 12 hours).
    /// </summary>
    public TimeSpan StoredFactsConfirmEvery { get; init; } = TimeSpan.FromHours(12);

    /// <summary>
    /// The window in which each task's turn to be described again comes, once per <see cref="StoredFactsConfirmEvery"/>; the
    /// bound holds when sweeps run at least this often (the stack's resync runs every 15 minutes).
    /// </summary>
    public TimeSpan StoredFactsConfirmWindow { get; init; } = TimeSpan.FromHours(1);

    public static ReconcilerOptions Default { get; } = new();
}
