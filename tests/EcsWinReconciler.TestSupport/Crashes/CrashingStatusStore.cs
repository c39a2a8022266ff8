using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.Core.Reconciliation;

namespace EcsWinReconciler.TestSupport.Crashes;

/// <summary><see cref="IStatusStore"/> under a <see cref="CrashPlan"/>.</summary>
public sealed class CrashingStatusStore(IStatusStore inner, CrashPlan plan) : IStatusStore
{
    public Task<TaskNetworkStatus?> GetAsync(string taskArn, CancellationToken cancellationToken) =>
        plan.CallAsync("status.Get", false, () => inner.GetAsync(taskArn, cancellationToken));

    public Task<StatusWriteResult> PutAsync(TaskNetworkStatus status, CancellationToken cancellationToken) =>
        plan.CallAsync("status.Put", true, () => inner.PutAsync(status, cancellationToken));

    public Task<StatusWriteResult> PutAfterListingAsync(TaskNetworkStatus status, TaskNetworkStatus? listed, CancellationToken cancellationToken) =>
        plan.CallAsync("status.Put", true, () => inner.PutAfterListingAsync(status, listed, cancellationToken));

    public Task<IReadOnlyList<TaskNetworkStatus>> ListAsync(string? cluster, string? family, CancellationToken cancellationToken) =>
        plan.CallAsync("status.List", false, () => inner.ListAsync(cluster, family, cancellationToken));
}
