namespace EcsWinReconciler.Aws.DynamoDb;

/// <summary>The account-wide remediation cap: at most <see cref="MaxActions"/> actions per <see cref="Window"/> (windows aligned to the Unix epoch).</summary>
public sealed record RemediationBudgetOptions
{
    public RemediationBudgetOptions(int maxActions, TimeSpan window)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxActions);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(window, TimeSpan.Zero);
        MaxActions = maxActions;
        Window = window;
    }

    /// <summary>0 turns every remediation into an alert.</summary>
    public int MaxActions { get; }

    public TimeSpan Window { get; }
}
