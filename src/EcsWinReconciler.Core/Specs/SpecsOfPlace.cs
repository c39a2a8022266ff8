using EcsWinReconciler.Core.Common;
using EcsWinReconciler.Core.Ports;

namespace EcsWinReconciler.Core.Specs;

/// <summary>
/// The specs that select tasks in one account and region, out of all a hub holds: what the reconciler of that place lists,
/// resolves tasks against and sweeps. A spec whose selector names no account or region belongs to <paramref name="home"/>.
/// Writes pass through (the CLI writes specs; it never writes through a place's view).
/// </summary>
public sealed class SpecsOfPlace(ISpecStore all, AccountRegion place, AccountRegion home) : ISpecStore
{
    public AccountRegion Place { get; } = place;

    public async Task<IReadOnlyList<StoredSpec>> ListAsync(CancellationToken cancellationToken) =>
        [.. (await all.ListAsync(cancellationToken).ConfigureAwait(false)).Where(Selects)];

    public async Task<StoredSpec?> GetAsync(string name, CancellationToken cancellationToken) =>
        await all.GetAsync(name, cancellationToken).ConfigureAwait(false) is { } spec && Selects(spec) ? spec : null;

    public Task<SpecApplyResult> ApplyAsync(TaskNetworkSpec spec, string document, long? expectedGeneration, CancellationToken cancellationToken) =>
        all.ApplyAsync(spec, document, expectedGeneration, cancellationToken);

    public Task<bool> DeleteAsync(string name, long? expectedGeneration, CancellationToken cancellationToken) =>
        all.DeleteAsync(name, expectedGeneration, cancellationToken);

    /// <summary>Every place the specs select tasks in, <paramref name="home"/> first (always: its specs may all be gone, its alerts not).</summary>
    public static IReadOnlyList<AccountRegion> PlacesOf(IEnumerable<StoredSpec> specs, AccountRegion home)
    {
        ArgumentNullException.ThrowIfNull(specs);
        return [home, .. specs.Select(s => s.Spec.Spec.Selector.PlaceIn(home)).Where(p => p != home).Distinct().OrderBy(p => p.ToString(), StringComparer.Ordinal)];
    }

    private bool Selects(StoredSpec spec) => spec.Spec.Spec.Selector.PlaceIn(home) == Place;
}
