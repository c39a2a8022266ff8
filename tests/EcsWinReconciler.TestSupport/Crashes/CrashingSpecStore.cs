using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.Core.Specs;

namespace EcsWinReconciler.TestSupport.Crashes;

/// <summary><see cref="ISpecStore"/> under a <see cref="CrashPlan"/>.</summary>
public sealed class CrashingSpecStore(ISpecStore inner, CrashPlan plan) : ISpecStore
{
    public Task<IReadOnlyList<StoredSpec>> ListAsync(CancellationToken cancellationToken) =>
        plan.CallAsync("specs.List", false, () => inner.ListAsync(cancellationToken));

    public Task<StoredSpec?> GetAsync(string name, CancellationToken cancellationToken) =>
        plan.CallAsync("specs.Get", false, () => inner.GetAsync(name, cancellationToken));

    public Task<SpecApplyResult> ApplyAsync(TaskNetworkSpec spec, string document, long? expectedGeneration, CancellationToken cancellationToken) =>
        plan.CallAsync("specs.Apply", true, () => inner.ApplyAsync(spec, document, expectedGeneration, cancellationToken));

    public Task<bool> DeleteAsync(string name, long? expectedGeneration, CancellationToken cancellationToken) =>
        plan.CallAsync("specs.Delete", true, () => inner.DeleteAsync(name, expectedGeneration, cancellationToken));
}
