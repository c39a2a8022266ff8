namespace EcsWinReconciler.Core.Ports;

/// <summary>
/// The account-wide cap on remediation actions per time window, as an atomic conditional counter: concurrent
/// consumers never push it past its maximum.
/// </summary>
public interface IRemediationBudget
{
    Task<int> RemainingAsync(DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Takes one unit from the current window; false when the window's budget is spent.</summary>
    Task<bool> TryConsumeAsync(DateTimeOffset now, CancellationToken cancellationToken);
}
