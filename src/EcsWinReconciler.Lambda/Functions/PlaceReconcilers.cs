using EcsWinReconciler.Aws.Composition;
using EcsWinReconciler.Core.Common;
using EcsWinReconciler.Core.Reconciliation;

namespace EcsWinReconciler.Lambda.Functions;

/// <summary>
/// One reconciler per account and region a hub watches (issue 15): the hub's own (<see cref="Home"/>), and each member place a
/// spec selects, over that place's ports (<see cref="IPlaces.PortsFor"/>). Without <see cref="IPlaces"/> (a single account, the
/// in-memory ports of tests) there is the home reconciler only, exactly as before.
/// </summary>
internal sealed class PlaceReconcilers(Reconciler home, IPlaces? places, Func<ReconcilerPorts, Reconciler> create)
{
    private readonly Dictionary<AccountRegion, Reconciler> _members = [];
    private readonly Lock _gate = new();

    public Reconciler Home { get; } = home;

    /// <summary>The hub's own account and region; null for a single-account stack that never asks (no <see cref="IPlaces"/>).</summary>
    public AccountRegion? HomePlace => places?.Home;

    /// <summary>
    /// The reconciler of the place an event comes from (its task's ARN, or its envelope's account and region). The hub's own, a
    /// place no ARN names, and every event of a single-account stack go to <see cref="Home"/>; a member place only when a spec
    /// selects tasks there, else null with the reason (the event is ignored: nothing declared governs that place).
    /// </summary>
    public async Task<(Reconciler? Reconciler, AccountRegion? Member, string? Ignored)> RouteAsync(AccountRegion? place, CancellationToken cancellationToken)
    {
        if (places is null || place is null || place == places.Home)
        {
            return (Home, null, null);
        }

        var selected = await places.PlacesAsync(cancellationToken).ConfigureAwait(false);
        if (selected.Contains(place))
        {
            return TryForMember(place, out var member, out var problem) ? (member, place, null) : (null, null, problem);
        }

        // A hub that does not know its own account id takes an unselected place in its own region for its own.
        return places.Home.Account.Length == 0 && place.Region == places.Home.Region
            ? (Home, null, null)
            : (null, null, $"no spec selects tasks in account {place.Account}, region {place.Region}");
    }

    /// <summary>Every place to resync: the hub's own first, then each member place a spec selects.</summary>
    public async Task<IReadOnlyList<(AccountRegion? Member, Func<Reconciler> Reconciler)>> AllAsync(CancellationToken cancellationToken)
    {
        if (places is null)
        {
            return [(null, () => Home)];
        }

        var all = await places.PlacesAsync(cancellationToken).ConfigureAwait(false);
        return [.. all.Select(p => p == places.Home ? ((AccountRegion?)null, (Func<Reconciler>)(() => Home)) : (p, () => ForMember(p)))];
    }

    /// <summary>
    /// The reconciler of a place whether or not a spec selects it now (a spec just moved away from it still has tasks and alerts
    /// there to settle); false with the reason when it cannot be built (a member account and no member role configured).
    /// </summary>
    public bool TryFor(AccountRegion? place, out Reconciler reconciler, out string? problem)
    {
        if (places is null || place is null || place == places.Home)
        {
            (reconciler, problem) = (Home, null);
            return true;
        }

        return TryForMember(place, out reconciler, out problem);
    }

    /// <summary>What drops a member place's kept reads (null: the home place's are the function's own).</summary>
    public ICacheInvalidation? CachesOf(AccountRegion? member) => member is null || places is null ? null : places.PortsFor(member).Caches;

    private bool TryForMember(AccountRegion place, out Reconciler reconciler, out string? problem)
    {
        try
        {
            (reconciler, problem) = (ForMember(place), null);
            return true;
        }
        catch (InvalidOperationException noRole)
        {
            (reconciler, problem) = (Home, $"account {place.Account}, region {place.Region}: {noRole.Message}");
            return false;
        }
    }

    /// <summary>Built on first use (the member's clients, and so its role, are not touched before) and kept for the process.</summary>
    /// <exception cref="InvalidOperationException">No member role is configured.</exception>
    private Reconciler ForMember(AccountRegion place)
    {
        lock (_gate)
        {
            if (!_members.TryGetValue(place, out var reconciler))
            {
                reconciler = create(places!.PortsFor(place).Ports);
                _members[place] = reconciler;
            }

            return reconciler;
        }
    }
}
