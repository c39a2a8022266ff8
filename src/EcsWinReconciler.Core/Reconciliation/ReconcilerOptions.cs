namespace EcsWinReconciler.Core.Reconciliation;

/// <summary>Knobs of the reconcile loop.</summary>
public sealed record ReconcilerOptions
{
    /// <summary>Forces every action into dry-run, whatever the specs say (the CLI's --dry-run, the deploy parameter).</summary>
    public bool ForceDryRun { get; init; }

    /// <summary>Plans no action at all, not even a dry-run, whatever the specs say: every drift is alerted (the deployment's alert mode).</summary>
    public bool ForceAlertOnly { get; init; }

    /// <summary>How long a claim on an action stops other reconciles from repeating it.</summary>
    public TimeSpan ActionClaimLease { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>How long the run that made an alert transition has to notify before the outbox retries.</summary>
    public TimeSpan NotificationLease { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>How long the status of a stopped task is kept before TTL removes it.</summary>
    public TimeSpan StoppedTaskRetention { get; init; } = TimeSpan.FromDays(7);

    /// <summary>Tasks reconciled together: one DescribeTasks / DescribeNetworkInterfaces per batch.</summary>
    public int BatchSize { get; init; } = 100;

    public static ReconcilerOptions Default { get; } = new();
}
