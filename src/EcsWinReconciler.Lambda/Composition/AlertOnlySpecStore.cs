using EcsWinReconciler.Core.Ports;
using EcsWinReconciler.Core.Specs;

namespace EcsWinReconciler.Lambda.Composition;

/// <summary>
/// RemediationMode=alert: every spec is read as if its remediation were alert-only, so the planner plans no action and
/// no write API (not even a DryRun) is ever called. Core has ForceDryRun but no "force alert" option; this stands in.
/// </summary>
internal sealed class AlertOnlySpecStore(ISpecStore inner) : ISpecStore
{
    public async Task<IReadOnlyList<StoredSpec>> ListAsync(CancellationToken cancellationToken) =>
        [.. (await inner.ListAsync(cancellationToken).ConfigureAwait(false)).Select(AlertOnly)];

    public async Task<StoredSpec?> GetAsync(string name, CancellationToken cancellationToken) =>
        await inner.GetAsync(name, cancellationToken).ConfigureAwait(false) is { } spec ? AlertOnly(spec) : null;

    public Task<SpecApplyResult> ApplyAsync(TaskNetworkSpec spec, string document, long? expectedGeneration, CancellationToken cancellationToken) =>
        inner.ApplyAsync(spec, document, expectedGeneration, cancellationToken);

    public Task<bool> DeleteAsync(string name, long? expectedGeneration, CancellationToken cancellationToken) =>
        inner.DeleteAsync(name, expectedGeneration, cancellationToken);

    private static StoredSpec AlertOnly(StoredSpec stored) =>
        stored with { Spec = stored.Spec with { Spec = stored.Spec.Spec with { Remediation = RemediationSpec.AlertOnly } } };
}
