using EcsWinReconciler.Core.Ports;

namespace EcsWinReconciler.TestSupport.Crashes;

/// <summary><see cref="IRemediationBudget"/> under a <see cref="CrashPlan"/>.</summary>
public sealed class CrashingBudget(IRemediationBudget inner, CrashPlan plan) : IRemediationBudget
{
    public Task<int> RemainingAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        plan.CallAsync("budget.Remaining", false, () => inner.RemainingAsync(now, cancellationToken));

    public Task<bool> TryConsumeAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        plan.CallAsync("budget.TryConsume", true, () => inner.TryConsumeAsync(now, cancellationToken));
}
