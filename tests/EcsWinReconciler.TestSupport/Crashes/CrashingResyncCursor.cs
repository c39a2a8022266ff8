using EcsWinReconciler.Core.Ports;

namespace EcsWinReconciler.TestSupport.Crashes;

/// <summary><see cref="IResyncCursor"/> under a <see cref="CrashPlan"/>.</summary>
public sealed class CrashingResyncCursor(IResyncCursor inner, CrashPlan plan) : IResyncCursor
{
    public Task<string?> GetAsync(string sweep, CancellationToken cancellationToken) =>
        plan.CallAsync("cursor.Get", false, () => inner.GetAsync(sweep, cancellationToken));

    public Task SaveAsync(string sweep, string position, DateTimeOffset now, CancellationToken cancellationToken) =>
        plan.CallAsync("cursor.Save", true, () => inner.SaveAsync(sweep, position, now, cancellationToken));
}
